using Rivet.Arch.RiscV;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Time
{
    /// <summary>
    /// The periodic tick on every hart and the per-hart timer queues. The S-mode timer is one
    /// comparator per hart (set through the platform: Sstc stimecmp or SBI set_timer), programmed
    /// for whichever comes first: the next tick or the earliest waiter's deadline.
    /// </summary>
    internal static class Ticker
    {
        public const int TicksPerSecond = 100;

        private static ulong s_period;

        /// <summary>Starts ticking on the calling hart and enables its timer interrupt (sie.STIE).</summary>
        public static void Start(HartMeta hart)
        {
            s_period = Clock.Frequency / TicksPerSecond;
            hart.NextTick = Clock.Now + s_period;
            Program(hart);
            Sie.SetStie();
        }

        /// <summary>The supervisor timer interrupt (scause 5): count a tick if one is due, wake expired waiters, re-arm.</summary>
        [InterruptHandler]
        public static void OnTimerInterrupt(HartMeta hart)
        {
            ulong now = Clock.Now;
            if (now >= hart.NextTick)
            {
                System.Threading.Volatile.Write(ref hart.Ticks, hart.Ticks + 1);
                hart.NextTick += s_period;
                // After a long stall, tick once and resynchronize rather than firing a burst.
                if (hart.NextTick <= now) hart.NextTick = now + s_period;
            }
            while (hart.Timers.TryTakeExpired(now, out ITimerWaiter waiter)) waiter.Wake(now);
            Program(hart);
        }

        /// <summary>Wakes <paramref name="waiter"/> on the calling hart once the time CSR reaches <paramref name="deadline"/>.</summary>
        public static bool WakeAt(ulong deadline, ITimerWaiter waiter)
        {
            // Masked first: a task could otherwise move to another hart between finding its hart and
            // using that hart's queue, racing with the other hart's timer interrupt.
            bool interrupts = Interrupts.Disable();
            HartMeta hart = CurrentHart.Meta!;
            bool scheduled = hart.Timers.TrySchedule(deadline, waiter, out _);
            if (scheduled) Program(hart);
            Interrupts.Restore(interrupts);
            return scheduled;
        }

        private static void Program(HartMeta hart)
        {
            ulong next = hart.NextTick;
            if (hart.Timers.TryPeekDeadline(out ulong deadline) && deadline < next) next = deadline;
            Platform.SetTimer(next);
        }
    }
}
