using Rivet.Arch.RiscV;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// What the trap vector (Arch/RiscV/trap_vector.S) calls with the frame it filled, on the
    /// hart's trap stack with interrupts masked. Interrupts go to the tick, the PLIC or the IPI
    /// handler; exceptions are a first FP use (enabled lazily), an access probe's fault (resumed
    /// with its cause), a task's stack overflow (the task is killed), or a kernel fault (a panic
    /// report). Every trap ends in the scheduler, which returns
    /// the frame to resume: the same one, another task's, or the hart's boot frame.
    /// </summary>
    internal static unsafe class TrapDispatcher
    {
        /// <summary>The address handed to the trap vector: TrapFrame* Handle(TrapFrame*).</summary>
        public static void* EntryPoint => (void*)(delegate*<TrapFrame*, TrapFrame*>)&Handle;

        [TrapHandler]
        private static TrapFrame* Handle(TrapFrame* frame)
        {
            HartMeta hart = CurrentHart.Meta!;
            if (frame == hart.NestedFrame) KernelPanic.FromNestedTrap(hart);
            // While this trap is handled, a second one must not overwrite the frame being handled.
            Sscratch.Write(new Sscratch((nuint)hart.NestedFrame));
            TaskStacks.OnTrapEntry(hart);

            var cause = new Scause(frame->Scause);
            if (!cause.IsInterrupt)
            {
                if (FloatingPointState.TryEnableOnFirstUse(frame, cause)) return frame;
                if (AccessProbe.TryRecover(hart, frame)) return frame;
                if (TaskFaults.TryKillOnStackOverflow(hart, frame, cause)) return Scheduler.AfterKill(hart);
                KernelPanic.FromTrap(frame, hart);
            }
            bool preempt = false;
            switch (cause.AsInterrupt)
            {
                case InterruptCause.SupervisorTimer:
                    Ticker.OnTimerInterrupt(hart);
                    preempt = true;
                    break;
                case InterruptCause.SupervisorExternal:
                    Devices.Plic!.Dispatch(hart.PlicContext);
                    break;
                case InterruptCause.SupervisorSoftware:
                    // An IPI (a panic stopping the harts, or work for an idle hart) or a task's yield.
                    Sip.ClearSsip();
                    KernelPanic.StopIfRequested();
                    preempt = true;
                    break;
                default:
                    KernelPanic.FromTrap(frame, hart);
                    break;
            }
            // The vector makes the returned frame live (sscratch) before restoring from it.
            return Scheduler.Schedule(hart, frame, preempt);
        }
    }
}
