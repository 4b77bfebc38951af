/* M-mode trap handling after S-mode is running: the forwarded interrupts and the SBI calls.
   Anything else is a bug in the boot stage or a trap it did not delegate: report it on the
   console and end the run. */
#include "kernel_layout.h"
#include "kernel_platform.h"
#include "machine.h"
#include "riscv_csr.h"

enum { REG_A0 = 10, REG_A1 = 11, REG_A2 = 12, REG_A6 = 16, REG_A7 = 17 };

static SbiResult sbi_call(const uintptr_t* frame) {
    uintptr_t a0 = frame[REG_A0], a1 = frame[REG_A1], a2 = frame[REG_A2];
    switch (frame[REG_A7]) {
    case SBI_EXT_TIME:
        if (frame[REG_A6] != SBI_TIME_SET_TIMER) break;
#if __riscv_xlen == 64
        rivet_machine_set_timer(a0);
#else
        rivet_machine_set_timer(((uint64_t)a1 << 32) | a0);
#endif
        return (SbiResult){SBI_SUCCESS, 0};
    case SBI_EXT_IPI:
        if (frame[REG_A6] != SBI_IPI_SEND_IPI) break;
        return (SbiResult){rivet_machine_send_ipi(a0, a1), 0};
    case SBI_EXT_HSM:
        if (frame[REG_A6] == SBI_HSM_HART_START) return (SbiResult){rivet_machine_hart_start(a0, a1, a2), 0};
        if (frame[REG_A6] == SBI_HSM_HART_GET_STATUS) return rivet_machine_hart_status(a0);
        break;
    }
    return (SbiResult){SBI_ERR_NOT_SUPPORTED, 0};
}

static void print_hex(const char* label, uintptr_t value) {
    rivet_kernel_console_put_string(label);
    for (int shift = __riscv_xlen - 4; shift >= 0; shift -= 4)
        rivet_kernel_console_put("0123456789abcdef"[(value >> shift) & 15]);
}

static _Noreturn void fatal(void) {
    rivet_kernel_console_put_string("rivet: unexpected M-mode trap on hart ");
    rivet_kernel_console_put((char)('0' + csr_read(mhartid) % 10));
    print_hex(" mcause=", csr_read(mcause));
    print_hex(" mepc=", csr_read(mepc));
    print_hex(" mtval=", csr_read(mtval));
    rivet_kernel_console_put('\n');
    rivet_platform_exit(127);
}

void rivet_machine_trap(uintptr_t* frame) {
    uintptr_t cause = csr_read(mcause);
    if (cause & MCAUSE_INTERRUPT) {
        switch (cause & ~MCAUSE_INTERRUPT) {
        case IRQ_M_TIMER: rivet_machine_timer_interrupt(); return;
        case IRQ_M_SOFTWARE: rivet_machine_software_interrupt(csr_read(mhartid)); return;
        }
        fatal();
    }
    if (cause != CAUSE_SUPERVISOR_ECALL) fatal();
    SbiResult result = sbi_call(frame);
    frame[REG_A0] = (uintptr_t)result.error;
    frame[REG_A1] = (uintptr_t)result.value;
    csr_write(mepc, csr_read(mepc) + 4);
}
