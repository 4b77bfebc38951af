using Rivet.Kernel.Log;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Sleepers spawned in a shuffled order wake in the order of their deadlines, each at or after
    /// its deadline (deadlines are 40 ms apart, four ticks).
    /// </summary>
    internal static unsafe class SleepOrdering
    {
        private const ulong SpacingMilliseconds = 40;
        private static readonly int[] s_spawnOrder = { 3, 0, 5, 1, 4, 2 };

        private static SpinLock s_lock;
        private static ulong s_start;
        private static readonly int[] s_wakeOrder = new int[6];
        private static int s_woken;
        private static int s_early;

        public static void Run()
        {
            int count = s_spawnOrder.Length;
            s_start = Clock.Now + Clock.FromMilliseconds(SpacingMilliseconds);
            TaskGroup.Run("sleeper", &Sleeper, count, "a sleeper failed");
            Expect.True(s_early == 0, "a sleeper woke before its deadline");
            for (int i = 0; i < count; i++) Expect.True(s_wakeOrder[i] == i, "sleepers woke out of deadline order");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: sleep: "u8);
            line.AppendDecimal((ulong)count);
            line.Append(" sleepers spawned in shuffled order woke in deadline order, none early"u8);
            KernelLog.Emit(ref line);
        }

        /// <summary>The task spawned <paramref name="index"/>-th sleeps until the deadline of its rank in the shuffled order.</summary>
        private static void Sleeper(nuint index)
        {
            nuint rank = (nuint)s_spawnOrder[(int)index];
            ulong deadline = s_start + (ulong)rank * Clock.FromMilliseconds(SpacingMilliseconds);
            KernelTask.SleepUntil(deadline);
            ulong now = Clock.Now;
            using (s_lock.Lock())
            {
                if (now < deadline) s_early++;
                s_wakeOrder[s_woken++] = (int)rank;
            }
        }
    }
}
