/* Reset entry on every hart, in M-mode. QEMU virt with -bios none starts all harts here at once
   (the kernel is linked at 0x80000000) with a0 = mhartid and a1 = the device tree's address.

   One hart wins a lottery and becomes the boot hart: it zeroes .bss while the others wait, then
   every hart continues in rivet_machine_start on its own boot stack. */
#include "kernel_layout.h"
#include "riscv_asm.h"

    .section .text.boot, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    csrw mie, zero
    load_global_pointer
    csrr a0, mhartid
    li t0, RIVET_MAX_HARTS
    bgeu a0, t0, .Lpark

    /* sp = the top of this hart's boot stack */
    la sp, rivet_hart_stacks
    li t0, RIVET_HART_STACK_SIZE
    addi t1, a0, 1
    mul t1, t1, t0
    add sp, sp, t1
    li s0, 0                    /* the outermost frame: backtraces stop at s0 = 0 */

    la t0, rivet_boot_lottery
    li t1, 1
    amoadd.w t1, t1, (t0)
    bnez t1, .Lwait_for_bss

    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    REG_S zero, 0(t0)
    addi t0, t0, REG_SIZE
    j 1b
2:  fence rw, rw
    la t0, rivet_bss_ready
    li t1, 1
    sw t1, 0(t0)
    li a2, 1                    /* is the boot hart */
    j .Lmachine_start

.Lwait_for_bss:
    la t0, rivet_bss_ready
3:  lw t1, 0(t0)
    beqz t1, 3b
    fence rw, rw
    li a2, 0

.Lmachine_start:
    call rivet_machine_start    /* (hartid, device tree, is boot hart); does not return */
.Lpark:
    wfi
    j .Lpark
    .size _start, . - _start

    /* In .data, not .bss: they are used before .bss is zeroed. */
    .section .data.boot, "aw", @progbits
    .balign 4
rivet_boot_lottery:
    .word 0
rivet_bss_ready:
    .word 0

    /* Not zeroed by the boot hart (other harts already run on them): the linker script places
       .stacks after .bss. */
    .section .stacks, "aw", @nobits
    .balign 16
    .globl rivet_hart_stacks
rivet_hart_stacks:
    .space RIVET_MAX_HARTS * RIVET_HART_STACK_SIZE
    .globl rivet_machine_stacks
rivet_machine_stacks:
    .space RIVET_MAX_HARTS * RIVET_MACHINE_STACK_SIZE
