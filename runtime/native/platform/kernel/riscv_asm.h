/* XLEN-independent register load/store for the kernel platform's assembly. */
#ifndef RIVET_RISCV_ASM_H
#define RIVET_RISCV_ASM_H

#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#define REG_SIZE 8
#else
#define REG_S sw
#define REG_L lw
#define REG_SIZE 4
#endif

/* gp = __global_pointer$, without letting the linker relax this very instruction against gp. */
.macro load_global_pointer
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
.endm

#endif
