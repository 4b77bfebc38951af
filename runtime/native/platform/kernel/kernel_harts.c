/* Starting the other harts: the platform remembers what each should run, asks the M-mode stage
   to start it at rivet_supervisor_hart_entry, which comes back here on the hart's own stack. */
#include "kernel_layout.h"
#include "kernel_platform.h"
#include "rivet_kernel.h"
#include "sbi.h"

_Noreturn void rivet_kernel_hart_main(uintptr_t hartid, uintptr_t opaque);

typedef struct {
    RivetHartEntry entry;
    void* argument;
} HartStart;

/* Written before the SBI call that starts the hart, read by that hart after it starts. */
static HartStart hart_starts[RIVET_MAX_HARTS];

intptr_t rivet_kernel_start_hart(uintptr_t hartid, RivetHartEntry entry, void* argument) {
    if (hartid >= RIVET_MAX_HARTS) return SBI_ERR_INVALID_PARAM;
    hart_starts[hartid] = (HartStart){entry, argument};
    __atomic_thread_fence(__ATOMIC_RELEASE);
    return rivet_sbi_call(SBI_EXT_HSM, SBI_HSM_HART_START, hartid,
                          (uintptr_t)rivet_supervisor_hart_entry, 0).error;
}

_Noreturn void rivet_kernel_hart_main(uintptr_t hartid, uintptr_t opaque) {
    (void)opaque;
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    rivet_kernel_setup_tls(hartid);
    hart_starts[hartid].entry(hartid, hart_starts[hartid].argument);
    for (;;) __asm__ volatile("wfi");
}
