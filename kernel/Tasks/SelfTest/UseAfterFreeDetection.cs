using Rivet.Kernel.Log;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Boot argument <c>rivet.test=task-use-after-free</c>: proves the poison check can fail. A task
    /// exits and is joined, then a write lands in the memory its stack had (as a stale pointer
    /// would); collecting the quarantine must stop the kernel with a use-after-free panic.
    /// </summary>
    internal static unsafe class UseAfterFreeDetection
    {
        private static ulong s_frames;

        public static void Run(nuint argument)
        {
            KernelTask victim = KernelTask.Spawn("victim", &Victim, 0);
            victim.Join();
            KernelLog.Info("use-after-free check: writing into a released task stack");
            *(ulong*)(nuint)(s_frames + 1024) = 0x1234;
            ulong deadline = Clock.Now + Clock.FromMilliseconds(3000);
            while (Clock.Now < deadline)
            {
                KernelTask.SleepUntil(Clock.Now + Clock.FromMilliseconds(10));
                TaskStacks.Collect();
            }
            Expect.True(false, "a write into a released task stack went unnoticed");
        }

        private static void Victim(nuint unused) => s_frames = KernelTask.Current!.Stack.Frames;
    }
}
