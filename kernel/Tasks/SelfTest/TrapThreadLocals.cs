using System;
using System.Threading;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Trap handlers run with their hart's own thread-local block (<see cref="HartMeta.TrapThreadLocals"/>),
    /// never the interrupted task's: a timer waiter, woken inside the timer interrupt while its task
    /// spins, finds a <c>[ThreadStatic]</c> field in its hart's trap block, and its write there does
    /// not reach the task it interrupted. (With the task's block, the handler's try frames would be
    /// written into memory the task's joiner may already have released.)
    /// </summary>
    internal static unsafe class TrapThreadLocals
    {
        private const int Rounds = 10;
        private const int HandlerMark = 0x7A5C;
        private const ulong FireTimeoutMilliseconds = 1000;

        [ThreadStatic] private static int t_value;

        private static int s_fired;
        private static int s_outsideTrapBlock;
        private static int s_reachedTask;

        /// <summary>A one-shot timer waiter that checks where the handler's thread-locals are.</summary>
        private sealed class Probe : ITimerWaiter
        {
            public int Fired;

            public void Wake(ulong now)
            {
                HartMeta hart = CurrentHart.Meta!;
                nuint start = (nuint)hart.TrapThreadLocals;
                fixed (int* value = &t_value)
                {
                    if ((nuint)value < start || (nuint)value >= start + Platform.ThreadLocalBlockBytes()) Interlocked.Increment(ref s_outsideTrapBlock);
                }
                t_value = HandlerMark;
                Volatile.Write(ref Fired, 1);
            }
        }

        public static void Run()
        {
            int harts = Devices.Description.HartCount;
            TaskGroup.Run("trap-tls", &Spinner, harts, "a trap thread-local task failed");
            Expect.True(s_fired == harts * Rounds, "a timer waiter never fired");
            Expect.True(s_outsideTrapBlock == 0, "a trap handler ran with a thread-local block other than its hart's (the interrupted task's)");
            Expect.True(s_reachedTask == 0, "a trap handler's [ThreadStatic] write reached the task it interrupted");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: trap thread-locals: "u8);
            line.AppendDecimal((ulong)s_fired);
            line.Append(" timer interrupts ran their handlers with their hart's own thread-local block; the tasks they interrupted kept theirs"u8);
            KernelLog.Emit(ref line);
        }

        /// <summary>Arms a waiter due in a millisecond and spins (interrupts on) until the timer interrupt wakes it.</summary>
        private static void Spinner(nuint unused)
        {
            var probe = new Probe();
            for (int round = 0; round < Rounds; round++)
            {
                Volatile.Write(ref probe.Fired, 0);
                Expect.True(Ticker.WakeAt(Clock.Now + Clock.FromMilliseconds(1), probe), "the timer queue had no room for a waiter");
                ulong giveUp = Clock.Now + Clock.FromMilliseconds(FireTimeoutMilliseconds);
                while (Volatile.Read(ref probe.Fired) == 0 && Clock.Now < giveUp)
                {
                }
                if (Volatile.Read(ref probe.Fired) == 0) return;
                Interlocked.Increment(ref s_fired);
                if (t_value != 0) Interlocked.Increment(ref s_reachedTask);
            }
        }
    }
}
