/* What the kernel platform offers the kernel beyond rivet_platform.h. The C# kernel calls these
   through [DllImport("*")]; the boot hart runs rivet_main(0, NULL) in S-mode with interrupts off,
   satp = 0 and tp pointing at the hart's thread-local block. Kernel tasks get blocks of their
   own, so [ThreadStatic] and the exception-frame chain are per task. */
#ifndef RIVET_KERNEL_H
#define RIVET_KERNEL_H
#include <stdint.h>

/* The hart that runs rivet_main, and the device tree QEMU passed to it (a1 at reset). */
uintptr_t rivet_kernel_boot_hartid(void);
uintptr_t rivet_kernel_device_tree(void);

/* Starts a waiting hart in S-mode on its own boot stack with its own thread-local block, calling
   entry(hartid, argument); when entry returns the hart idles in wfi forever. Only ids the device
   tree lists may be started. Returns 0 or an SBI error (-3 bad id, -6 already started). */
typedef void (*RivetHartEntry)(uintptr_t hartid, void* argument);
intptr_t rivet_kernel_start_hart(uintptr_t hartid, RivetHartEntry entry, void* argument);

/* Raises this hart's supervisor timer interrupt (sip.STIP) once the time CSR reaches `time`,
   clearing any pending one. */
void rivet_kernel_set_timer(uint64_t time);

/* Raises the supervisor software interrupt (sip.SSIP) on hart `hartid`. */
void rivet_kernel_send_ipi(uintptr_t hartid);

/* Hands page provisioning to the kernel: from now on rivet_platform_alloc_pages (behind every
   `new`) calls `provider`, which must return zeroed,
   page-aligned memory or NULL. Returns the page-aligned address where the platform's own pages
   end: RAM from there on is the kernel's (except the device tree). Call it once, while only the
   boot hart runs. */
typedef void* (*RivetPageProvider)(uintptr_t bytes);
uintptr_t rivet_kernel_take_over_pages(RivetPageProvider provider);

/* The bytes of one thread-local block (a multiple of 64), and filling `block` (64-byte aligned)
   with a fresh copy of the TLS template: what a new task's tp points at. */
uintptr_t rivet_kernel_tls_block_size(void);
void rivet_kernel_tls_initialize(uint8_t* block);

#endif
