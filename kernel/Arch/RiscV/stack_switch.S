/* void rivet_run_on_stack(void* stack_top, void (*function)(void*), void* argument)
 * Calls function(argument) with sp = stack_top (16-byte aligned, RISC-V psABI) and returns on the
 * original stack afterwards. Used to leave the platform's boot stacks, which have no guard page,
 * for kernel stacks that do. s0 is left as it is, so backtraces continue into the caller. */
#if __riscv_xlen == 64
#define STORE sd
#define LOAD ld
#define XLENB 8
#else
#define STORE sw
#define LOAD lw
#define XLENB 4
#endif

    .text
    .globl rivet_run_on_stack
rivet_run_on_stack:
    andi a0, a0, -16
    addi a0, a0, -16
    STORE sp, 0(a0)
    STORE ra, XLENB(a0)
    mv sp, a0
    mv t0, a1
    mv a0, a2
    jalr t0
    LOAD ra, XLENB(sp)
    LOAD sp, 0(sp)
    ret

/* uintptr_t rivet_global_pointer(void): __global_pointer$, the gp every kernel context runs with
 * (the linker relaxes accesses near it to gp-relative ones, RISC-V psABI "Global pointer"). A new
 * task's frame starts with it. */
    .globl rivet_global_pointer
rivet_global_pointer:
    .option push
    .option norelax
    la a0, __global_pointer$
    .option pop
    ret
