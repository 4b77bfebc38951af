using Rivet.Kernel.Async;
using Rivet.Kernel.Drivers.Virtio;
using Rivet.Kernel.Drivers.Virtio.SelfTest;
using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Tasks.SelfTest;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// In-kernel suites chosen by boot argument, each run as a kernel task that the boot hart's
    /// boot context joins before the clean shutdown: <c>rivet.test=tasks</c> (Tasks/SelfTest),
    /// <c>rivet.test=async</c> (Async/AsyncSelfTest), <c>rivet.test=virtio-blk</c>
    /// (Drivers/Virtio/SelfTest), <c>rivet.test=task-use-after-free</c> (must
    /// panic), <c>rivet.bench=tasks</c> (the task and async benchmarks, bench/tasks),
    /// <c>rivet.bench=virtio-blk</c> (the disk benchmark, bench/disk).
    /// </summary>
    internal static unsafe class RequestedSuites
    {
        public static void RunIfRequested()
        {
            if (BootArguments.Has("rivet.test=tasks"u8)) Run("task self-test", &TaskSelfTest.Run);
            if (BootArguments.Has("rivet.test=async"u8)) Run("async self-test", &AsyncSelfTest.Run);
            if (BootArguments.Has("rivet.test=virtio-blk"u8)) Run("virtio-blk self-test", &BlockDeviceSelfTest.Run);
            if (BootArguments.Has("rivet.test=task-use-after-free"u8)) Run("use-after-free check", &UseAfterFreeDetection.Run);
            if (BootArguments.Has("rivet.bench=tasks"u8))
            {
                Run("task benchmark", &TaskBenchmark.Run);
                Run("async benchmark", &AsyncBenchmark.Run);
            }
            if (BootArguments.Has("rivet.bench=virtio-blk"u8)) Run("disk benchmark", &BlockBenchmark.Run);
        }

        private static void Run(string name, delegate*<nuint, void> suite)
        {
            int code = KernelTask.Spawn(name, suite, 0).Join();
            if (code != 0) KernelPanic.Halt(name, " ended with a non-zero exit code", "");
        }
    }
}
