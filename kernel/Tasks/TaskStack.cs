using Rivet.Arch.RiscV;
using Rivet.Kernel.Memory;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// A task's memory: one slot of the task window (<see cref="TaskStacks"/>), a guard page and
    /// then <see cref="TaskStacks.StackPages"/> mapped pages backed by one run of physical frames.
    /// The top holds the task's trap frame, below it its thread-local block, below that the stack:
    /// <code>
    /// Top ──────────── TrapFrame (64-byte aligned)
    ///      ─────────── thread-local block (tp)
    ///      ─────────── initial sp (16-byte aligned), the stack grows down
    /// Bottom ───────── mapped memory ends
    /// GuardPage ────── unmapped: running off the stack faults here
    /// </code>
    /// An overflow runs into the guard page, never into the frame, which is above the stack.
    /// </summary>
    internal readonly unsafe struct TaskStack
    {
        public readonly int Slot;
        public readonly nuint Bottom;
        public readonly nuint Top;
        /// <summary>Physical address of the frames behind [Bottom, Top).</summary>
        public readonly ulong Frames;
        private readonly nuint _threadLocalBytes;

        public TaskStack(int slot, nuint bottom, nuint top, ulong frames, nuint threadLocalBytes)
        {
            Slot = slot;
            Bottom = bottom;
            Top = top;
            Frames = frames;
            _threadLocalBytes = threadLocalBytes;
        }

        public static nuint FrameBytes => ((nuint)TrapFrameOffsets.Size + 63) & ~(nuint)63;

        public TrapFrame* Frame => (TrapFrame*)(Top - FrameBytes);

        public byte* ThreadLocals => (byte*)Frame - _threadLocalBytes;

        public nuint InitialStackPointer => (nuint)ThreadLocals & ~(nuint)15;

        public nuint GuardPage => Bottom - (nuint)PageSize.Bytes;

        public bool GuardContains(nuint address) => address >= GuardPage && address < Bottom;

        /// <summary>Which part of the mapped memory holds <paramref name="address"/> (in [Bottom, Top)): "trap frame", "thread-local block" or "stack".</summary>
        public string RegionOf(nuint address) =>
            address >= (nuint)Frame ? "trap frame"
            : address >= (nuint)ThreadLocals ? "thread-local block"
            : "stack";
    }
}
