using Rivet.Kernel.Async.SelfTest;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// The executor's in-kernel test (boot argument <c>rivet.test=async</c>; startup runs
    /// <see cref="Run"/> as a kernel task and powers off with status 0 when it returns). Checks
    /// futures, Yield, Delay, WhenAll, interrupt-completed futures, the double-await error, every
    /// task-only lock under contention from futures and kernel tasks on all harts, FIFO hand-over,
    /// no allocation after warm-up, and the UART's async receive (the test types a line while the
    /// other checks run) and transmit. A failed check panics with its reason (status 100).
    /// Results are "async: …" log lines, which tests/Rivet.Kernel.Tests/AsyncTests.cs reads.
    /// </summary>
    internal static class AsyncSelfTest
    {
        public static void Run(nuint argument)
        {
            int harts = Devices.Description.HartCount;
            Executor.Start(harts);
            Expect.Passed("executor started", "", Executor.WorkerCount, " workers");
            Future<int> typedLine = UartChecks.StartLineRead();
            FutureChecks.Run();
            LockChecks.Run();
            AllocationCheck.Run();
            UartChecks.FinishLineRead(typedLine);
            UartChecks.WriteMoreThanTheRing();
            KernelLog.Info("async: all checks passed");
        }
    }
}
