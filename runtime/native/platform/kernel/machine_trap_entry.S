/* M-mode trap vector (direct mode). mscratch always holds the top of this hart's M-mode trap
   stack, so the interrupted code's sp is never trusted; every register is saved in a frame of 32
   slots indexed by register number (slot 2 holds the interrupted sp) and restored on return, so
   the handler can return SBI results by changing slots 10 and 11 (a0, a1). */
#include "riscv_asm.h"

    .section .text.machine_trap, "ax", @progbits
    .globl rivet_machine_trap_entry
    .type rivet_machine_trap_entry, @function
    .balign 4
rivet_machine_trap_entry:
    csrrw sp, mscratch, sp
    addi sp, sp, -32 * REG_SIZE
    .irp n, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    REG_S x\n, \n * REG_SIZE(sp)
    .endr
    csrr t0, mscratch
    REG_S t0, 2 * REG_SIZE(sp)
    /* The interrupted code may be user code with its own gp. */
    load_global_pointer
    li s0, 0
    mv a0, sp
    call rivet_machine_trap
    .irp n, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    REG_L x\n, \n * REG_SIZE(sp)
    .endr
    addi sp, sp, 32 * REG_SIZE
    csrrw sp, mscratch, sp
    mret
    .size rivet_machine_trap_entry, . - rivet_machine_trap_entry

/* Leaves M-mode for the mode and state prepared in mstatus.MPP, at `entry`, with a0 and a1 as
   given: rivet_machine_enter(a0, a1, entry). */
    .globl rivet_machine_enter
    .type rivet_machine_enter, @function
rivet_machine_enter:
    csrw mepc, a2
    mret
    .size rivet_machine_enter, . - rivet_machine_enter
