using System.Threading;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Thousands of tasks spawned, run (some yield, some exit with a code, some return) and joined,
    /// in batches. Afterwards free frames, kernel-heap bytes and the bytes <c>new</c> has handed
    /// out are exactly what they were before (measured after one warm-up batch, which fills the
    /// task-object pool): nothing leaked. Every released stack and frame was poisoned and its
    /// poison checked before its frames went back to the allocator (<see cref="TaskStacks"/>).
    /// </summary>
    internal static unsafe class TaskLifecycle
    {
        private const int Batch = 32;
        private const int Batches = 64;
        private const ulong DrainTimeoutMilliseconds = 3000;

        private static readonly KernelTask?[] s_batch = new KernelTask?[Batch];
        private static int s_ran;

        public static void Run()
        {
            RunBatch(0);
            DrainQuarantine();
            int frames = PhysicalFrames.FreeCount;
            nuint heapFree = KernelHeap.FreeBytes;
            ulong allocated = Platform.AllocatedBytes();
            int live = KernelTask.LiveCount;

            for (int batch = 1; batch <= Batches; batch++) RunBatch(batch);
            DrainQuarantine();

            Expect.True(Volatile.Read(ref s_ran) == (Batches + 1) * Batch, "a spawned task never ran");
            Expect.True(KernelTask.LiveCount == live, "tasks are still alive after every one was joined");
            Expect.True(PhysicalFrames.FreeCount == frames, "task stacks leaked frames (free frames are not back at their baseline)");
            Expect.True(KernelHeap.FreeBytes == heapFree, "the kernel heap is not back at its baseline");
            Expect.True(Platform.AllocatedBytes() == allocated, "spawning and joining tasks allocated managed objects after warm-up");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: life cycle: "u8);
            line.AppendDecimal((ulong)(Batches * Batch));
            line.Append(" tasks spawned, run and joined; free frames "u8);
            line.AppendDecimal((ulong)frames);
            line.Append(", heap free "u8);
            line.AppendDecimal((ulong)heapFree);
            line.Append(" bytes, managed allocations at baseline; released stacks' poison intact"u8);
            KernelLog.Emit(ref line);
        }

        private static void RunBatch(int batch)
        {
            for (int i = 0; i < Batch; i++) s_batch[i] = KernelTask.Spawn("short-lived", &ShortLived, (nuint)(batch * Batch + i));
            for (int i = 0; i < Batch; i++)
            {
                int index = batch * Batch + i;
                int expected = index % 3 == 2 ? index & 0xFF : 0;
                Expect.True(s_batch[i]!.Join() == expected, "a task's exit code did not reach its joiner");
                s_batch[i] = null;
            }
        }

        private static void ShortLived(nuint index)
        {
            Interlocked.Increment(ref s_ran);
            switch (index % 3)
            {
                case 0:
                    KernelTask.Yield();
                    break;
                case 2:
                    KernelTask.Exit((int)(index & 0xFF));
                    break;
            }
        }

        /// <summary>Waits until every hart flushed its TLB past the released stacks and they went back to the allocator.</summary>
        private static void DrainQuarantine()
        {
            ulong deadline = Clock.Now + Clock.FromMilliseconds(DrainTimeoutMilliseconds);
            TaskStacks.Collect();
            while (TaskStacks.QuarantinedCount > 0 && Clock.Now < deadline)
            {
                KernelTask.SleepUntil(Clock.Now + Clock.FromMilliseconds(10));
                TaskStacks.Collect();
            }
            Expect.True(TaskStacks.QuarantinedCount == 0, "released task stacks stayed in quarantine (a hart never flushed its TLB)");
        }
    }
}
