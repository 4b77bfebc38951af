using Rivet.Arch.RiscV;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// What the trap vector (Arch/RiscV/trap_vector.S) calls with the frame it filled. Interrupts
    /// go to the tick, the PLIC or the IPI handler; every exception is a kernel fault (there is no
    /// user mode yet) and ends in a panic report. Runs with interrupts masked.
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

            var cause = new Scause(frame->Scause);
            if (!cause.IsInterrupt) KernelPanic.FromTrap(frame, hart);
            switch (cause.AsInterrupt)
            {
                case InterruptCause.SupervisorTimer:
                    Ticker.OnTimerInterrupt(hart);
                    break;
                case InterruptCause.SupervisorExternal:
                    Devices.Plic!.Dispatch(hart.PlicContext);
                    break;
                case InterruptCause.SupervisorSoftware:
                    Sip.ClearSsip();
                    KernelPanic.StopIfRequested();
                    break;
                default:
                    KernelPanic.FromTrap(frame, hart);
                    break;
            }
            // The vector makes the returned frame live (sscratch) before restoring from it.
            return frame;
        }
    }
}
