using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Tasks on every hart increment one counter by read, delay, write under a <see cref="SpinLock"/>
    /// while ticks preempt them and their log lines keep the UART's transmit interrupt busy: any
    /// lost increment would show in the total. Every 100th round also nests a second lock and
    /// checks that interrupts stay masked until the outer lock goes.
    /// </summary>
    internal static unsafe class SpinLockContention
    {
        private const int Workers = 8;
        private const int Rounds = 3000;

        private static SpinLock s_lock;
        private static SpinLock s_inner;
        private static int s_counter;
        private static int s_nestingErrors;
        private static int s_harts;

        public static void Run()
        {
            TaskGroup.Run("spin-mutex", &Worker, Workers, "a spin-mutex task failed");
            Expect.True(s_counter == Workers * Rounds, "the spin lock let two tasks increment at once (an increment was lost)");
            Expect.True(s_nestingErrors == 0, "interrupts were on while a nested spin lock was still held, or off after the last release");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: spin mutex: "u8);
            line.AppendDecimal((ulong)Workers);
            line.Append(" tasks x "u8);
            line.AppendDecimal((ulong)Rounds);
            line.Append(" rounds, counter "u8);
            line.AppendDecimal((ulong)s_counter);
            line.Append(", nesting kept interrupts masked, ran on "u8);
            line.AppendDecimal((ulong)Busy.BitCount(s_harts));
            line.Append(" of "u8);
            line.AppendDecimal((ulong)Devices.Description.HartCount);
            line.Append(" harts"u8);
            KernelLog.Emit(ref line);
        }

        private static void Worker(nuint index)
        {
            for (int round = 0; round < Rounds; round++)
            {
                using (s_lock.Lock())
                {
                    int value = s_counter;
                    Busy.Delay(value & 15);
                    s_counter = value + 1;
                    if (round % 100 == 0) CheckNesting();
                }
                if (round % 100 == 0 && !Interrupts.AreEnabled) s_nestingErrors++;
                if (round % 1000 == 999) LogProgress(index, round + 1);
            }
            Busy.NoteHart(ref s_harts);
        }

        /// <summary>Runs with s_lock held: a second lock nests, and releasing it keeps interrupts masked.</summary>
        private static void CheckNesting()
        {
            int depth = InterruptMask.Depth;
            using (s_inner.Lock())
            {
                if (InterruptMask.Depth != depth + 1) s_nestingErrors++;
            }
            if (Interrupts.AreEnabled || InterruptMask.Depth != depth) s_nestingErrors++;
        }

        private static void LogProgress(nuint index, int rounds)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("spin-mutex task "u8);
            line.AppendDecimal((ulong)index);
            line.Append(": "u8);
            line.AppendDecimal((ulong)rounds);
            line.Append(" rounds"u8);
            KernelLog.Emit(ref line);
        }
    }
}
