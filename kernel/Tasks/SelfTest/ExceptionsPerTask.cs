using System;
using System.Threading;
using Rivet.Kernel.Log;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Tasks on every hart throw and catch in nested try/finally blocks while ticks preempt them
    /// mid-try: each task's chain of try frames lives in its own thread-local block (tp is part of
    /// its trap frame), so every exception reaches its own task's handler and every finally runs once.
    /// </summary>
    internal static unsafe class ExceptionsPerTask
    {
        private const int Workers = 6;
        private const int Rounds = 300;

        private static int s_caught;
        private static int s_finallies;
        private static int s_wrongCatch;

        public static void Run()
        {
            TaskGroup.Run("thrower", &Thrower, Workers, "a throwing task failed");
            Expect.True(s_wrongCatch == 0, "an exception reached another task's handler");
            Expect.True(s_caught == Workers * Rounds && s_finallies == 2 * Workers * Rounds, "an exception or a finally block was lost");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: exceptions: "u8);
            line.AppendDecimal((ulong)Workers);
            line.Append(" tasks threw and caught "u8);
            line.AppendDecimal((ulong)s_caught);
            line.Append(" times under preemption, "u8);
            line.AppendDecimal((ulong)s_finallies);
            line.Append(" finally blocks ran"u8);
            KernelLog.Emit(ref line);
        }

        private static void Thrower(nuint index)
        {
            var mine = new InvalidOperationException("thrown by one task");
            for (int round = 0; round < Rounds; round++)
            {
                try
                {
                    try
                    {
                        Busy.Delay(200);
                        if (round % 10 == 0) KernelTask.Yield();
                        throw mine;
                    }
                    finally
                    {
                        Interlocked.Increment(ref s_finallies);
                    }
                }
                catch (InvalidOperationException caught)
                {
                    if (caught != mine) Interlocked.Increment(ref s_wrongCatch);
                    Interlocked.Increment(ref s_caught);
                }
                finally
                {
                    Interlocked.Increment(ref s_finallies);
                }
            }
        }
    }
}
