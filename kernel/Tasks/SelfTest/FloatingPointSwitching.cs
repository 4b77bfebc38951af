using System.Threading;
using Rivet.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Tasks keep running double sums in FP registers while ticks switch between them on the same
    /// harts; every sum must come out exact (each step is a multiple of 0.5, far below 2^53), so
    /// any FP state lost or mixed up at a switch shows. On rv64gc it also checks laziness: a task
    /// that never computes with floating point keeps sstatus.FS = Off, so nothing is saved for it.
    /// </summary>
    internal static unsafe class FloatingPointSwitching
    {
        private const ulong RunMilliseconds = 60;

        private static int s_wrongSums;
#if !RV32
        private static int s_fpOffAfterUse;
        private static int s_fpOnWithoutUse;
#endif

        public static void Run()
        {
            int count = 2 * Devices.Description.HartCount + 2;
            KernelTask[] summers = TaskGroup.Spawn("fp-sum", &Summer, count);
            KernelTask[] integerOnly = TaskGroup.Spawn("no-fp", &IntegerOnly, 1);
            TaskGroup.JoinAll(summers, "an FP-summing task failed");
            TaskGroup.JoinAll(integerOnly, "the task without FP failed");
            Expect.True(s_wrongSums == 0, "a double sum changed across a context switch (FP state lost or mixed)");
#if !RV32
            Expect.True(s_fpOffAfterUse == 0, "a task that used FP had sstatus.FS Off in its frame");
            Expect.True(s_fpOnWithoutUse == 0, "a task that never used FP got FP state (FS not Off)");
#endif

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: floating point: "u8);
            line.AppendDecimal((ulong)count);
            line.Append(" tasks kept exact double sums across preemption"u8);
#if RV32
            line.Append(" (rv32imac: software floating point, no FP registers)"u8);
#else
            line.Append("; a task without FP kept FS Off (nothing saved for it)"u8);
#endif
            KernelLog.Emit(ref line);
        }

        private static void Summer(nuint index)
        {
            double step = 0.5 * (double)(index + 1);
            double sum = 0;
            long steps = 0;
            ulong end = Clock.Now + Clock.FromMilliseconds(RunMilliseconds);
            while (Clock.Now < end)
            {
                sum += step;
                steps++;
            }
            if (sum != step * (double)steps) Interlocked.Increment(ref s_wrongSums);
#if !RV32
            KernelTask.Yield();
            if (FrameFs() == ExtensionState.Off) Interlocked.Increment(ref s_fpOffAfterUse);
#endif
        }

        private static void IntegerOnly(nuint unused)
        {
            long total = 0;
            ulong end = Clock.Now + Clock.FromMilliseconds(RunMilliseconds);
            while (Clock.Now < end) total += (long)(end & 7);
#if !RV32
            KernelTask.Yield();
            if (FrameFs() != ExtensionState.Off) Interlocked.Increment(ref s_fpOnWithoutUse);
#endif
        }

        /// <summary>FS as saved in the calling task's frame at its last trap (the yield just before).</summary>
        private static ExtensionState FrameFs() => new Sstatus(KernelTask.Current!.Frame->Sstatus).Fs;
    }
}
