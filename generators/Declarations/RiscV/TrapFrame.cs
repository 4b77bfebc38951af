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
    // stack starts, the thread-local block the handler runs with (tp; never the trapped task's,
    // whose memory its joiner may release while the handler still runs) and which hart's
    // HartMeta the frame belongs to.
    [TrapFrameSlots("KernelSp", "KernelTp", "HartMeta")]
    // rv64gc only: f0..f31 and fcsr, saved when the context's sstatus.FS is Dirty and reloaded
    // when it resumes with FS on (docs/tasks.md, "Floating point"). A context with FS = Off has none.
    [TrapFrameFloatSlots("F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7",
        "F8", "F9", "F10", "F11", "F12", "F13", "F14", "F15",
        "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23",
        "F24", "F25", "F26", "F27", "F28", "F29", "F30", "F31", "Fcsr")]
    public partial struct TrapFrame;
}
