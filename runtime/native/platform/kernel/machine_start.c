/* M-mode set-up on every hart, then S-mode: the boot hart enters the kernel at once, the others
   wait until the kernel starts them (SBI HSM hart_start). Privileged spec v1.12 chapter 3. */
#include "kernel_layout.h"
#include "machine.h"
#include "riscv_csr.h"

/* Every synchronous exception except ecall from S-mode (9, the SBI) and from M-mode (11) goes
   straight to S-mode: 0-8 (misaligned, access faults, illegal instruction, breakpoint, ecall
   from U-mode), 12, 13, 15 (page faults). §3.1.8 */
#define DELEGATED_EXCEPTIONS 0xb1ffUL

/* S-mode's own interrupts are S-mode's business. §3.1.8 */
#define DELEGATED_INTERRUPTS ((1UL << IRQ_S_SOFTWARE) | (1UL << IRQ_S_TIMER) | (1UL << IRQ_S_EXTERNAL))

_Noreturn void rivet_machine_start(uintptr_t hartid, uintptr_t device_tree, int is_boot_hart) {
    csr_write(mscratch, rivet_machine_stacks + (hartid + 1) * RIVET_MACHINE_STACK_SIZE);
    csr_write(mtvec, (uintptr_t)rivet_machine_trap_entry);
    csr_write(medeleg, DELEGATED_EXCEPTIONS);
    csr_write(mideleg, DELEGATED_INTERRUPTS);

    /* One NAPOT entry whose address is all ones covers the whole physical address space, so
       S-mode and U-mode may touch all memory (their own page tables restrict them). §3.7 */
    csr_write(pmpaddr0, ~(uintptr_t)0);
    csr_write(pmpcfg0, PMPCFG_NAPOT_RWX);

    csr_write(mcounteren, MCOUNTEREN_CY_TM_IR);
    rivet_machine_timer_init();
    csr_write(satp, 0);

    /* mret goes to S-mode with interrupts off there (SIE = 0) and the FPU usable (FS = Initial). */
    csr_clear(mstatus, MSTATUS_MPP_MASK | MSTATUS_MPIE);
    csr_set(mstatus, MSTATUS_MPP_SUPERVISOR | MSTATUS_FS_INITIAL);

    /* Inter-processor interrupts reach M-mode as machine software interrupts (CLINT msip). */
    csr_write(mie, 1UL << IRQ_M_SOFTWARE);

    if (is_boot_hart) {
        rivet_machine_hart_booted(hartid);
        rivet_machine_enter(hartid, device_tree, (uintptr_t)rivet_supervisor_boot_entry);
    }
    rivet_machine_wait_for_start(hartid);
}
