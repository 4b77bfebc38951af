using System;
using System.Threading;
using Rivet.Kernel.Log;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// A <c>[ThreadStatic]</c> field has one copy per task: each task starts with the default,
    /// writes its own value, and keeps it across yields and preemption while the others write theirs.
    /// </summary>
    internal static unsafe class ThreadStaticsPerTask
    {
        private const int Workers = 6;
        private const int Rounds = 200;

        [ThreadStatic] private static long t_mine;

        private static int s_wrong;

        public static void Run()
        {
            TaskGroup.Run("thread-static", &Worker, Workers, "a thread-static task failed");
            Expect.True(s_wrong == 0, "a [ThreadStatic] field was shared between tasks");
            KernelLog.Info("task self-test: thread statics: 6 tasks each kept their own [ThreadStatic] value across 200 yields");
        }

        private static void Worker(nuint index)
        {
            if (t_mine != 0) Interlocked.Increment(ref s_wrong);
            long value = 1000 + (long)index;
            for (int round = 0; round < Rounds; round++)
            {
                t_mine = value;
                KernelTask.Yield();
                Busy.Delay(50);
                if (t_mine != value) Interlocked.Increment(ref s_wrong);
            }
        }
    }
}
