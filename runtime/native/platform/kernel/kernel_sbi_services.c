/* The timer and IPI services of the M-mode stage, as S-mode functions (SBI TIME and IPI). */
#include "rivet_kernel.h"
#include "sbi.h"

void rivet_kernel_set_timer(uint64_t time) {
#if __riscv_xlen == 64
    rivet_sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, time, 0, 0);
#else
    rivet_sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, (uint32_t)time, (uint32_t)(time >> 32), 0);
#endif
}

void rivet_kernel_send_ipi(uintptr_t hartid) {
    rivet_sbi_call(SBI_EXT_IPI, SBI_IPI_SEND_IPI, 1, hartid, 0);
}
