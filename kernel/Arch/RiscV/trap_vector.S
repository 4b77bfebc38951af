/* The kernel's one trap vector (stvec, direct mode) and its return path.
 *
 * Invariant (docs/kernel.md, "HartMeta"): sscratch always holds the address of a live TrapFrame.
 * On entry the interrupted context's registers go into that frame; the handler runs on the stack
 * whose top the frame's KernelSp slot names and with the thread-local block its KernelTp slot
 * names (both the hart's own, never the interrupted task's: the handler may mark that task dead,
 * and its joiner may then release the task's memory while the handler still runs), with the
 * frame address in a0, and returns in a0 the frame to resume. Between the first csrrw and the csrw that
 * restores sscratch, sscratch holds the interrupted sp: that window runs with sstatus.SIE clear
 * (the trap cleared it, privileged spec 1.12 section 4.1.1) and cannot fault.
 *
 * Floating point (rv64gc), lazily through sstatus.FS (privileged spec 1.12 section 3.1.6.6): a
 * context whose FS is Off has no FP state and pays nothing. One whose FS is Dirty gets f0..f31 and
 * fcsr saved into its frame on entry, and its saved FS becomes Clean. Invariant: a frame whose FS
 * is Initial or Clean holds that context's FP state, so resuming it reloads the registers from the
 * frame (another context, or the handler itself, may have used them meanwhile). Handlers run with
 * FS = Initial: GCC's prologues save and restore callee-saved FP registers around
 * __builtin_setjmp (every try/finally), so FP must be usable there.
 *
 * Slot offsets come from TrapFrameOffsets_* (generated from the TrapFrame declaration and exported
 * by the compiler through [Rivet.ExportConstants], docs/runtime-abi.md). */
#include "rivet_exports.h"

#if __riscv_xlen == 64
#define STORE sd
#define LOAD ld
#else
#define STORE sw
#define LOAD lw
#endif

#define SSTATUS_FS (3 << 13)
#define SSTATUS_FS_INITIAL (1 << 13)
#define SSTATUS_FS_CLEAN (2 << 13)
#define FS_SHIFT 13

#define FP_REGISTERS(op) \
    op f0, TrapFrameOffsets_F0(sp); op f1, TrapFrameOffsets_F1(sp); op f2, TrapFrameOffsets_F2(sp); \
    op f3, TrapFrameOffsets_F3(sp); op f4, TrapFrameOffsets_F4(sp); op f5, TrapFrameOffsets_F5(sp); \
    op f6, TrapFrameOffsets_F6(sp); op f7, TrapFrameOffsets_F7(sp); op f8, TrapFrameOffsets_F8(sp); \
    op f9, TrapFrameOffsets_F9(sp); op f10, TrapFrameOffsets_F10(sp); op f11, TrapFrameOffsets_F11(sp); \
    op f12, TrapFrameOffsets_F12(sp); op f13, TrapFrameOffsets_F13(sp); op f14, TrapFrameOffsets_F14(sp); \
    op f15, TrapFrameOffsets_F15(sp); op f16, TrapFrameOffsets_F16(sp); op f17, TrapFrameOffsets_F17(sp); \
    op f18, TrapFrameOffsets_F18(sp); op f19, TrapFrameOffsets_F19(sp); op f20, TrapFrameOffsets_F20(sp); \
    op f21, TrapFrameOffsets_F21(sp); op f22, TrapFrameOffsets_F22(sp); op f23, TrapFrameOffsets_F23(sp); \
    op f24, TrapFrameOffsets_F24(sp); op f25, TrapFrameOffsets_F25(sp); op f26, TrapFrameOffsets_F26(sp); \
    op f27, TrapFrameOffsets_F27(sp); op f28, TrapFrameOffsets_F28(sp); op f29, TrapFrameOffsets_F29(sp); \
    op f30, TrapFrameOffsets_F30(sp); op f31, TrapFrameOffsets_F31(sp)

    .section .text.rivet_trap_vector, "ax"
    .globl rivet_trap_vector
    .balign 4
rivet_trap_vector:
    csrrw sp, sscratch, sp
    STORE ra, TrapFrameOffsets_Ra(sp)
    STORE gp, TrapFrameOffsets_Gp(sp)
    STORE tp, TrapFrameOffsets_Tp(sp)
    STORE t0, TrapFrameOffsets_T0(sp)
    STORE t1, TrapFrameOffsets_T1(sp)
    STORE t2, TrapFrameOffsets_T2(sp)
    STORE s0, TrapFrameOffsets_S0(sp)
    STORE s1, TrapFrameOffsets_S1(sp)
    STORE a0, TrapFrameOffsets_A0(sp)
    STORE a1, TrapFrameOffsets_A1(sp)
    STORE a2, TrapFrameOffsets_A2(sp)
    STORE a3, TrapFrameOffsets_A3(sp)
    STORE a4, TrapFrameOffsets_A4(sp)
    STORE a5, TrapFrameOffsets_A5(sp)
    STORE a6, TrapFrameOffsets_A6(sp)
    STORE a7, TrapFrameOffsets_A7(sp)
    STORE s2, TrapFrameOffsets_S2(sp)
    STORE s3, TrapFrameOffsets_S3(sp)
    STORE s4, TrapFrameOffsets_S4(sp)
    STORE s5, TrapFrameOffsets_S5(sp)
    STORE s6, TrapFrameOffsets_S6(sp)
    STORE s7, TrapFrameOffsets_S7(sp)
    STORE s8, TrapFrameOffsets_S8(sp)
    STORE s9, TrapFrameOffsets_S9(sp)
    STORE s10, TrapFrameOffsets_S10(sp)
    STORE s11, TrapFrameOffsets_S11(sp)
    STORE t3, TrapFrameOffsets_T3(sp)
    STORE t4, TrapFrameOffsets_T4(sp)
    STORE t5, TrapFrameOffsets_T5(sp)
    STORE t6, TrapFrameOffsets_T6(sp)
    csrr t0, sscratch
    STORE t0, TrapFrameOffsets_Sp(sp)
    csrw sscratch, sp
    csrr t0, sepc
    STORE t0, TrapFrameOffsets_Sepc(sp)
    csrr t0, sstatus
    STORE t0, TrapFrameOffsets_Sstatus(sp)
    csrr t0, scause
    STORE t0, TrapFrameOffsets_Scause(sp)
    csrr t0, stval
    STORE t0, TrapFrameOffsets_Stval(sp)
#if defined(__riscv_flen)
    /* The trapped sstatus's FS == Dirty (3): save, and record the frame as Clean. */
    LOAD t0, TrapFrameOffsets_Sstatus(sp)
    srli t1, t0, FS_SHIFT
    andi t1, t1, 3
    li t2, 3
    bne t1, t2, 1f
    FP_REGISTERS(fsd)
    frcsr t1
    sd t1, TrapFrameOffsets_Fcsr(sp)
    li t1, SSTATUS_FS
    not t1, t1
    and t0, t0, t1
    li t1, SSTATUS_FS_CLEAN
    or t0, t0, t1
    STORE t0, TrapFrameOffsets_Sstatus(sp)
1:
    li t0, SSTATUS_FS
    csrc sstatus, t0
    li t0, SSTATUS_FS_INITIAL
    csrs sstatus, t0
#endif
    mv a0, sp
    LOAD sp, TrapFrameOffsets_KernelSp(a0)
    LOAD tp, TrapFrameOffsets_KernelTp(a0)
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    /* The handler's frame chain ends here; the interrupted chain starts at the frame's S0. */
    li s0, 0
    la t0, rivet_trap_handler
    LOAD t0, 0(t0)
    jalr t0

    /* a0: the frame to resume. It becomes the live frame before anything is restored from it. */
    mv sp, a0
    csrw sscratch, sp
#if defined(__riscv_flen)
    /* FS Initial or Clean: the frame holds the context's FP state (invariant above); reload it. */
    LOAD t0, TrapFrameOffsets_Sstatus(sp)
    srli t0, t0, FS_SHIFT
    andi t0, t0, 3
    beqz t0, 2f
    li t0, SSTATUS_FS
    csrs sstatus, t0
    FP_REGISTERS(fld)
    ld t0, TrapFrameOffsets_Fcsr(sp)
    fscsr t0
2:
#endif
    LOAD t0, TrapFrameOffsets_Sepc(sp)
    csrw sepc, t0
    LOAD t0, TrapFrameOffsets_Sstatus(sp)
    csrw sstatus, t0
    LOAD ra, TrapFrameOffsets_Ra(sp)
    LOAD gp, TrapFrameOffsets_Gp(sp)
    LOAD tp, TrapFrameOffsets_Tp(sp)
    LOAD t0, TrapFrameOffsets_T0(sp)
    LOAD t1, TrapFrameOffsets_T1(sp)
    LOAD t2, TrapFrameOffsets_T2(sp)
    LOAD s0, TrapFrameOffsets_S0(sp)
    LOAD s1, TrapFrameOffsets_S1(sp)
    LOAD a0, TrapFrameOffsets_A0(sp)
    LOAD a1, TrapFrameOffsets_A1(sp)
    LOAD a2, TrapFrameOffsets_A2(sp)
    LOAD a3, TrapFrameOffsets_A3(sp)
    LOAD a4, TrapFrameOffsets_A4(sp)
    LOAD a5, TrapFrameOffsets_A5(sp)
    LOAD a6, TrapFrameOffsets_A6(sp)
    LOAD a7, TrapFrameOffsets_A7(sp)
    LOAD s2, TrapFrameOffsets_S2(sp)
    LOAD s3, TrapFrameOffsets_S3(sp)
    LOAD s4, TrapFrameOffsets_S4(sp)
    LOAD s5, TrapFrameOffsets_S5(sp)
    LOAD s6, TrapFrameOffsets_S6(sp)
    LOAD s7, TrapFrameOffsets_S7(sp)
    LOAD s8, TrapFrameOffsets_S8(sp)
    LOAD s9, TrapFrameOffsets_S9(sp)
    LOAD s10, TrapFrameOffsets_S10(sp)
    LOAD s11, TrapFrameOffsets_S11(sp)
    LOAD t3, TrapFrameOffsets_T3(sp)
    LOAD t4, TrapFrameOffsets_T4(sp)
    LOAD t5, TrapFrameOffsets_T5(sp)
    LOAD t6, TrapFrameOffsets_T6(sp)
    LOAD sp, TrapFrameOffsets_Sp(sp)
    sret

/* void rivet_trap_install(TrapFrame* (*handler)(TrapFrame*)): sets the handler the vector calls,
 * then points stvec at the vector (direct mode: BASE = address, MODE = 0, section 4.1.2). The
 * caller must have set sscratch to a live frame first. */
    .text
    .globl rivet_trap_install
rivet_trap_install:
    la t0, rivet_trap_handler
    STORE a0, 0(t0)
    fence
    la t0, rivet_trap_vector
    csrw stvec, t0
    ret

    .section .sdata.rivet_trap_handler, "aw"
    .balign 8
rivet_trap_handler:
#if __riscv_xlen == 64
    .dword 0
#else
    .word 0
#endif
