// What a trap saves (docs/generators.md, "Trap frame"). sscratch always holds the address of a
// live frame; the trap entry swaps it with sp and saves x1..x31 at the generated offsets.
using Rivet;

namespace Rivet.Arch.RiscV
{
    [TrapFrame]
    // x1..x31 in register-number order, so a register's slot is (number - 1) * XLEN/8.
    [TrapFrameSlots("Ra", "Sp", "Gp", "Tp", "T0", "T1", "T2", "S0", "S1",
        "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7",
        "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11",
        "T3", "T4", "T5", "T6")]
    // The trapped context's CSRs, saved by the entry code after the registers.
    [TrapFrameSlots("Sepc", "Sstatus", "Scause", "Stval")]
    // Set by the kernel before it returns to the frame's owner: where the next trap's kernel
    // stack starts and which hart's HartMeta the frame belongs to.
    [TrapFrameSlots("KernelSp", "HartMeta")]
    public partial struct TrapFrame;
}
