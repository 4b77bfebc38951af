/* The boot hart in S-mode: from the M-mode stage to rivet_main (docs/runtime-abi.md § Start-up). */
#include "kernel_layout.h"
#include "kernel_platform.h"
#include "rivet_kernel.h"

int rivet_main(int argc, char** argv);
_Noreturn void rivet_kernel_boot_main(uintptr_t hartid, uintptr_t device_tree);

static uintptr_t boot_hartid;
static uintptr_t boot_device_tree;

uintptr_t rivet_kernel_boot_hartid(void) { return boot_hartid; }
uintptr_t rivet_kernel_device_tree(void) { return boot_device_tree; }

_Noreturn void rivet_kernel_boot_main(uintptr_t hartid, uintptr_t device_tree) {
    boot_hartid = hartid;
    boot_device_tree = device_tree;
    /* QEMU puts the device tree near the top of RAM: pages stop below it. */
    uintptr_t ram_end = RIVET_RAM_BASE + RIVET_EARLY_RAM_SIZE;
    rivet_kernel_pages_init(device_tree > RIVET_RAM_BASE && device_tree < ram_end ? device_tree : ram_end);
    rivet_kernel_setup_tls(hartid);
    rivet_platform_exit(rivet_main(0, 0));
}
