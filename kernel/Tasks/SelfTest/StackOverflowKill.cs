using System;
using Rivet.Kernel.Log;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// A task that recurses without end runs into its guard page: it is reported and killed
    /// (its joiner gets <see cref="KernelTask.StackOverflowExitCode"/>) while a task running beside
    /// it finishes normally and the kernel goes on.
    /// </summary>
    internal static unsafe class StackOverflowKill
    {
        private const int BystanderExitCode = 7;
        // Called through a pointer so that GCC cannot turn the recursion into a loop.
        private static readonly delegate*<int, int> s_recurse = &Recurse;

        public static void Run()
        {
            KernelTask bystander = KernelTask.Spawn("bystander", &Bystander, 0);
            KernelTask overflowing = KernelTask.Spawn("overflowing", &Overflow, 0);
            int overflowCode = overflowing.Join();
            int bystanderCode = bystander.Join();
            Expect.True(overflowCode == KernelTask.StackOverflowExitCode, "the overflowing task was not killed with the stack-overflow exit code");
            Expect.True(bystanderCode == BystanderExitCode, "the task beside the overflowing one did not finish normally");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: stack overflow: the overflowing task was killed (exit code "u8);
            line.AppendDecimal((long)overflowCode);
            line.Append("), the task beside it finished with "u8);
            line.AppendDecimal((long)bystanderCode);
            KernelLog.Emit(ref line);
        }

        private static void Overflow(nuint unused) => s_recurse(0);

        private static int Recurse(int depth)
        {
            Span<byte> frame = stackalloc byte[128];
            frame[depth & 127] = (byte)depth;
            return s_recurse(depth + 1) + frame[0];
        }

        private static void Bystander(nuint unused)
        {
            Busy.For(50);
            KernelTask.Exit(BystanderExitCode);
        }
    }
}
