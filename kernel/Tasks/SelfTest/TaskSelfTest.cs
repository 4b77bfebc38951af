using Rivet.Kernel.Log;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// The task suite (boot argument <c>rivet.test=tasks</c>), run as a kernel task: spin locks
    /// under contention with timer and UART interrupts firing, work spreading, sleep order, FP state
    /// across switches, exceptions and [ThreadStatic] fields per task, trap handlers on thread-locals of their own, a stack overflow that kills only its task, and the
    /// task life cycle without leaks.
    /// Each check logs what it established; a failure panics with what failed (exit status 100).
    /// tests/Rivet.Kernel.Tests/TaskTests.cs boots it on both architectures with 1 and 4 harts.
    /// </summary>
    internal static class TaskSelfTest
    {
        public static void Run(nuint argument)
        {
            SpinLockContention.Run();
            ReaderWriterContention.Run();
            WorkSpreading.Run();
            SleepOrdering.Run();
            FloatingPointSwitching.Run();
            ExceptionsPerTask.Run();
            ThreadStaticsPerTask.Run();
            TrapThreadLocals.Run();
            StackOverflowKill.Run();
            TaskLifecycle.Run();
            KernelLog.Info("task self-test passed");
        }
    }
}
