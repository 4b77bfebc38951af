using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// Measurements for <c>build.ps1 bench tasks</c>, printed as <c>bench: &lt;name&gt;: &lt;value&gt; &lt;unit&gt;</c>
    /// (time from the time CSR, so the resolution is one timebase tick, 100 ns on QEMU virt; the
    /// per-operation figures average many operations):
    /// async-wake-to-run — from a timer interrupt completing a future to the awaiting method running again;
    /// async-mutex-uncontended — one <c>await LockAsync()</c> plus release when the mutex is free;
    /// async-mutex-blocking-uncontended — the same through a kernel task's blocking <c>Lock()</c>;
    /// async-mutex-handoff — acquire + release when every acquire queues and is handed the mutex by the previous holder.
    /// </summary>
    internal static class AsyncBenchmark
    {
        private const int WakeSamples = 100, UncontendedOperations = 20000, HandoffFutures = 8, HandoffRounds = 500;

        public static void Run(nuint argument)
        {
            Executor.Start(Devices.Description.HartCount);
            ulong[] wake = WakeToRun().Wait();
            Print("async-wake-to-run", wake[0] / WakeSamples);
            Print("async-wake-to-run-min", wake[1]);
            Print("async-mutex-uncontended", UncontendedAsync().Wait() / UncontendedOperations);
            Print("async-mutex-blocking-uncontended", UncontendedBlocking() / UncontendedOperations);
            Print("async-mutex-handoff", Handoff() / (HandoffFutures * HandoffRounds));
        }

        /// <summary>Stamps the time in the timer interrupt and completes the future with it.</summary>
        private sealed class StampingWaiter : ITimerWaiter
        {
            public readonly FutureCompletionSource<ulong> Source = new();

            public void Wake(ulong now) => Source.TrySetResult(Clock.Now);
        }

        /// <summary>Total and minimum ticks from the interrupt's completion to the continuation.</summary>
        private static async Future<ulong[]> WakeToRun()
        {
            var waiter = new StampingWaiter();
            ulong total = 0, min = ulong.MaxValue;
            ulong period = Clock.Frequency / Ticker.TicksPerSecond;
            for (int i = 0; i < WakeSamples; i++)
            {
                Future<ulong> completed = waiter.Source.Future;
                if (!Ticker.WakeAt(Clock.Now + period, waiter)) KernelPanic.Halt("async benchmark: the timer queue is full");
                ulong stamp = await completed;
                ulong latency = Clock.Now - stamp;
                total += latency;
                if (latency < min) min = latency;
            }
            return new[] { total, min };
        }

        private static readonly AsyncMutex s_mutex = new();

        private static async Future<ulong> UncontendedAsync()
        {
            await Future.Yield();
            ulong start = Clock.Now;
            for (int i = 0; i < UncontendedOperations; i++)
            {
                using (await s_mutex.LockAsync())
                {
                }
            }
            return Clock.Now - start;
        }

        private static ulong UncontendedBlocking()
        {
            ulong start = Clock.Now;
            for (int i = 0; i < UncontendedOperations; i++)
            {
                using (s_mutex.Lock())
                {
                }
            }
            return Clock.Now - start;
        }

        /// <summary>Every holder yields before releasing, so the other futures have all queued: each acquire is a hand-over.</summary>
        private static async Future HandoffRound(int rounds)
        {
            for (int i = 0; i < rounds; i++)
            {
                using (await s_mutex.LockAsync())
                {
                    await Future.Yield();
                }
            }
        }

        private static ulong Handoff()
        {
            var futures = new Future[HandoffFutures];
            ulong start = Clock.Now;
            for (int i = 0; i < HandoffFutures; i++) futures[i] = HandoffRound(HandoffRounds);
            Future.WhenAll(futures).Wait();
            return Clock.Now - start;
        }

        private static void Print(string name, ulong ticks) => SuiteReport.Measured(name, Clock.ToNanoseconds(ticks), "ns");
    }
}
