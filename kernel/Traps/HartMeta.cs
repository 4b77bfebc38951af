using Rivet.Arch.RiscV;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// Everything one hart owns. Invariant (DESIGN.md, docs/kernel.md): from the moment
    /// <see cref="Activate"/> writes sscratch until the kernel stops, sscratch holds a live frame —
    /// <see cref="BootFrame"/> while the hart runs kernel code, <see cref="NestedFrame"/> while it
    /// handles a trap (so a fault inside a handler lands in a frame of its own), and the running
    /// task's frame while a task runs (<see cref="Current"/>). Both frames live in one page that is
    /// never freed; a task's frame is released only after it is dead, when no hart's sscratch,
    /// run queue or waker can reach it (docs/tasks.md).
    /// </summary>
    internal sealed unsafe class HartMeta
    {
        public readonly int Index;
        public readonly uint HartId;
        public readonly TrapFrame* BootFrame;
        public readonly TrapFrame* NestedFrame;
        /// <summary>Where traps from kernel code are handled; its guard page catches a handler overflowing it.</summary>
        public readonly KernelStack TrapStack;
        /// <summary>Where a trap taken inside a trap handler is handled: only long enough to panic.</summary>
        public readonly KernelStack FaultStack;
        /// <summary>The stack the hart's kernel code runs on after leaving its boot stack.</summary>
        public readonly KernelStack MainStack;
        /// <summary>
        /// The thread-local block (tp) the hart's trap handlers run with, whatever they interrupted:
        /// the runtime's per-thread state (the chain of try frames, [ThreadStatic] fields) that
        /// handler code uses stays off the interrupted task's memory, which the task's joiner may
        /// release once the handler has marked it dead.
        /// </summary>
        public readonly byte* TrapThreadLocals;
        public readonly TimerQueue<ITimerWaiter> Timers;
        /// <summary>The PLIC context of this hart's supervisor external interrupt, or -1.</summary>
        public readonly int PlicContext;

        /// <summary>Timer ticks taken on this hart (written only by its own timer interrupt).</summary>
        public long Ticks;
        /// <summary>time-CSR value of the next periodic tick.</summary>
        public ulong NextTick;

        /// <summary>The task this hart runs, or null while it runs its boot context (its idle loop). Written only by this hart, in its trap handler.</summary>
        public KernelTask? Current;
        /// <summary>Context switches this hart made (a different context resumed than trapped), for the benchmark.</summary>
        public long Switches;
        /// <summary>Tasks ready to run here (other harts steal from it).</summary>
        public readonly RunQueue Queue = new RunQueue();
        /// <summary>The task-memory generation this hart's TLB was last flushed at (<see cref="TaskStacks.OnTrapEntry"/>).</summary>
        public long TlbGeneration;
        /// <summary>The address an <see cref="AccessProbe.Execute"/> on this hart jumps to, while it runs (else 0).</summary>
        public nuint ExecuteProbeTarget;
        /// <summary>Set once the hart runs with its boot frame live and takes interrupts.</summary>
        public bool IsActive;

        /// <summary>Waiters one hart's timer queue holds (sleeping tasks and delayed futures); 32 KiB per hart.</summary>
        public const int TimerCapacity = 1024;

        private static readonly HartMeta?[] s_all = new HartMeta?[PlatformDescription.MaxHarts];

        /// <summary>The HartMeta of the hart with this index, once created.</summary>
        public static HartMeta? ForIndex(int index) => s_all[index];

        public HartMeta(int index, uint hartId, int plicContext, ulong framesPage, byte* trapThreadLocals, KernelStack trapStack, KernelStack faultStack, KernelStack mainStack)
        {
            Index = index;
            HartId = hartId;
            PlicContext = plicContext;
            BootFrame = (TrapFrame*)(nuint)framesPage;
            NestedFrame = (TrapFrame*)((nuint)framesPage + (nuint)TrapFrameOffsets.Size);
            TrapStack = trapStack;
            FaultStack = faultStack;
            MainStack = mainStack;
            TrapThreadLocals = trapThreadLocals;
            Timers = new TimerQueue<ITimerWaiter>(TimerCapacity);
            BootFrame->KernelSp = trapStack.Top;
            BootFrame->KernelTp = (nuint)trapThreadLocals;
            BootFrame->HartMeta = (nuint)index;
            // A trap inside a handler only panics: it may go on with the handler's block.
            NestedFrame->KernelSp = faultStack.Top;
            NestedFrame->KernelTp = (nuint)trapThreadLocals;
            NestedFrame->HartMeta = (nuint)index;
            s_all[index] = this;
        }

        /// <summary>Makes the boot frame live on the calling hart (which must be this one), then installs the trap vector.</summary>
        public void Activate(void* trapHandler)
        {
            Sscratch.Write(new Sscratch((nuint)BootFrame));
            CurrentHart.MarkActivated();
            AssemblyRoutines.InstallTrapHandler(trapHandler);
            System.Threading.Volatile.Write(ref IsActive, true);
        }
    }
}
