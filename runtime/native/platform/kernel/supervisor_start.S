/* S-mode entries. Each resets sp to the top of the hart's boot stack (whatever M-mode left on it
   is dead), ends the frame chain (s0 = 0) and calls C with a0 = hartid and a1 unchanged. */
#include "kernel_layout.h"
#include "riscv_asm.h"

.macro enter_c function
    load_global_pointer
    la sp, rivet_hart_stacks
    li t0, RIVET_HART_STACK_SIZE
    addi t1, a0, 1
    mul t1, t1, t0
    add sp, sp, t1
    li s0, 0
    li ra, 0
    call \function
1:  wfi
    j 1b
.endm

    .section .text.supervisor_start, "ax", @progbits
    /* The boot hart, from the M-mode stage: a1 = the device tree. */
    .globl rivet_supervisor_boot_entry
    .type rivet_supervisor_boot_entry, @function
rivet_supervisor_boot_entry:
    enter_c rivet_kernel_boot_main
    .size rivet_supervisor_boot_entry, . - rivet_supervisor_boot_entry

    /* A hart started through SBI hart_start by rivet_kernel_start_hart: a1 = opaque (unused). */
    .globl rivet_supervisor_hart_entry
    .type rivet_supervisor_hart_entry, @function
    .balign 4
rivet_supervisor_hart_entry:
    enter_c rivet_kernel_hart_main
    .size rivet_supervisor_hart_entry, . - rivet_supervisor_hart_entry
