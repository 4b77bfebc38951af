using System;
using System.IO;
using System.Text.RegularExpressions;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// The async executor's in-kernel self-test (kernel/Async/AsyncSelfTest.cs, boot argument
    /// rivet.test=async), one boot per architecture and hart count: futures, Yield, Delay order,
    /// WhenAll, interrupt-completed futures, the double-await error, each task-only lock contended
    /// by futures and kernel tasks with a counter proving mutual exclusion, FIFO hand-over, no
    /// allocation after warm-up, and the UART's async receive (this test types the line) and transmit.
    /// </summary>
    public class AsyncTests
    {
        private const string TypedLine = "typed into the uart 0123456789";

        [Theory]
        [InlineData("rv64", 1)]
        [InlineData("rv64", 4)]
        [InlineData("rv32", 1)]
        [InlineData("rv32", 4)]
        public void TheAsyncSelfTestPasses(string arch, int harts)
        {
            using var machine = new QemuMachine(arch, harts, 256, "rivet.test=async");
            machine.WaitForConsole("async: uart: type a line");
            machine.Type(TypedLine + "\r");
            int status = machine.WaitForExit();
            string console = machine.Console;
            Assert.True(status == 0, $"exit status {status}. Console:\n{console}");
            Assert.DoesNotContain("KERNEL PANIC", console);

            Assert.Contains($"async: executor started: ok ({harts} workers)", console);
            foreach (string check in new[]
            {
                "results and exceptions through awaits",
                "Yield lets the other ready futures run",
                "Delay completes in deadline order, never early",
                "WhenAll waits for all and rethrows the first failure",
                "a timer interrupt completes a future (3 rounds of one completion source)",
                "awaiting a future twice is an InvalidOperationException",
                "a Task method cannot await a future (NotSupportedException)",
                "a future cannot block its worker with Wait (InvalidOperationException)",
                "AsyncMutex hands over in arrival order",
                "AsyncSemaphore hands over in arrival order",
                "AsyncReaderWriterLock admits in arrival order, readers in batches",
                "AsyncMutex release wakes exactly the next waiter",
                "AsyncSemaphore release wakes exactly the next waiter",
                "AsyncReaderWriterLock release wakes exactly the next writer or run of readers",
            })
            {
                Assert.Contains($"async: {check}: ok", console);
            }

            // Every lock was contended by futures and by two blocking kernel tasks per hart.
            foreach (string lockType in new[] { "AsyncMutex", "AsyncReaderWriterLock", "AsyncSemaphore" })
                Assert.Matches(new Regex($@"async: {lockType}: ok \(\d+ futures and {2 * harts} tasks on [1-{harts}] harts, [1-9]\d* counted updates, [1-9]\d* uart lines meanwhile\)"), console);

            Assert.Matches(new Regex(@"async: no allocation after warm-up: ok \([1-9]\d* locked awaits after warm-up, 0 bytes allocated\)"), console);
            Assert.Contains($"async: uart receive: ok (\"{TypedLine}\")", console);

            // The transmit check wrote 80 lines of 64 bytes through a 4 KiB ring: all arrive, whole and in order.
            var transmitted = Regex.Matches(console, @"^async-tx (\d\d) ([a-z]{51})$", RegexOptions.Multiline);
            Assert.Equal(80, transmitted.Count);
            for (int n = 0; n < transmitted.Count; n++)
            {
                Assert.Equal(n, int.Parse(transmitted[n].Groups[1].Value));
                for (int i = 0; i < 51; i++) Assert.Equal((char)('a' + (n + i) % 26), transmitted[n].Groups[2].Value[i]);
            }
            Assert.Matches(new Regex(@"async: uart transmit: ok \(5120 bytes; waited [1-9]\d* times for room\)"), console);
            Assert.Contains("async: all checks passed", console);
        }

        /// <summary>
        /// The interrupt-safety rules cover the async API: from a handler, a task-only lock call is
        /// RIVET001, an async Future method (its state machine box) RIVET002, and Future.Wait RIVET004.
        /// The kernel is compiled with the seeded file (Roslyn only, no image; as SeededViolationTests).
        /// </summary>
        [Fact]
        public void TheAnalyzersRejectTheAsyncApiInInterruptContext()
        {
            const string seeded = """
                using Rivet;
                using Rivet.Kernel.Async;
                using Rivet.Kernel.Sync;
                using Rivet.Kernel.Traps;

                namespace Rivet.Kernel.Seeded
                {
                    internal static class SeededAsyncViolation
                    {
                        static readonly AsyncMutex s_mutex = new();

                        [InterruptHandler]
                        public static void OnSeededInterrupt(HartMeta hart)
                        {
                            TakeMutex();
                            Later().Wait();
                        }

                        static void TakeMutex() => s_mutex.LockAsync();

                        static async Future Later() => await Future.Yield();
                    }
                }
                """;
            string scratch = Path.Combine(Path.GetTempPath(), "rivet-seeded-async-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(scratch);
            try
            {
                string file = Path.Combine(scratch, "SeededAsyncViolation.cs");
                File.WriteAllText(file, seeded);
                string project = Path.Combine(KernelImage.Metadata("RivetRoot"), "kernel", "Rivet.Kernel.csproj");
                var (exitCode, output) = DotnetBuild.Run(new[] { project, "-nologo", "-v:q", "-m:1", "-nodeReuse:false",
                    "-c", KernelImage.Metadata("Configuration"), "-p:BuildProjectReferences=false",
                    "-p:RivetSeededViolation=" + file,
                    "-p:IntermediateOutputPath=" + Path.Combine(scratch, "obj") + "/", "-p:RivetTarget=" });

                Assert.True(exitCode != 0, "the kernel built despite the seeded violations:\n" + output);
                Assert.Matches(new Regex(@"SeededAsyncViolation\.cs\(\d+,\d+\): error RIVET001: Task-only lock call 'AsyncMutex\.LockAsync'"), output);
                Assert.Matches(new Regex(@"SeededAsyncViolation\.cs\(\d+,\d+\): error RIVET002: async method 'Later' allocates"), output);
                Assert.Matches(new Regex(@"SeededAsyncViolation\.cs\(\d+,\d+\): error RIVET004: 'Future\.Wait' may block"), output);
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
