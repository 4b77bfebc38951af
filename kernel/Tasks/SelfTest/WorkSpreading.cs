using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Busy tasks spawned on one hart's queue end up running on every hart: idle harts are woken
    /// by an IPI, or by their tick, and steal from the others' queues.
    /// </summary>
    internal static unsafe class WorkSpreading
    {
        private const int TasksPerHart = 4;
        private const ulong BusyMilliseconds = 30;

        private static int s_harts;

        public static void Run()
        {
            int count = TasksPerHart * Devices.Description.HartCount;
            TaskGroup.Run("busy", &BusyTask, count, "a busy task failed");
            int harts = Busy.BitCount(s_harts);
            Expect.True(harts == Devices.Description.HartCount, "some hart never ran a task (no stealing from a busy hart's queue)");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: work spreading: "u8);
            line.AppendDecimal((ulong)count);
            line.Append(" busy tasks spawned on one hart ran on "u8);
            line.AppendDecimal((ulong)harts);
            line.Append(" of "u8);
            line.AppendDecimal((ulong)Devices.Description.HartCount);
            line.Append(" harts"u8);
            KernelLog.Emit(ref line);
        }

        private static void BusyTask(nuint unused)
        {
            Busy.NoteHart(ref s_harts);
            Busy.For(BusyMilliseconds);
            Busy.NoteHart(ref s_harts);
        }
    }
}
