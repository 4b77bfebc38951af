using System;
using System.Threading;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Async.SelfTest
{
    /// <summary>Futures themselves: results and exceptions through awaits, Yield, Delay ordering, WhenAll, a timer interrupt completing a future, the double-await error.</summary>
    internal static class FutureChecks
    {
        public static void Run()
        {
            ResultsAndExceptions();
            YieldLetsOthersRun();
            DelaysCompleteInDeadlineOrder();
            WhenAllAwaitsEveryFuture();
            TimerInterruptCompletesAFuture();
            DoubleAwaitIsAnError();
            TaskMethodsCannotAwaitFutures();
            FuturesCannotBlockTheirWorker();
        }

        private static async Future<int> Square(int value)
        {
            await Future.Yield();
            return value * value;
        }

        private static async Future<int> SumOfSquares(int count)
        {
            int sum = 0;
            for (int i = 1; i <= count; i++) sum += await Square(i);
            return sum;
        }

        private static async Future<int> FailAfterYield(string message)
        {
            await Future.Yield();
            throw new InvalidOperationException(message);
        }

        private static async Future<string> CatchAcrossAwait()
        {
            try
            {
                await FailAfterYield("thrown after a yield");
                return "not thrown";
            }
            catch (InvalidOperationException e)
            {
                return e.Message;
            }
        }

        private static void ResultsAndExceptions()
        {
            Expect.True(SumOfSquares(10).Wait() == 385, "sum of squares through nested futures");
            Expect.True(CatchAcrossAwait().Wait() == "thrown after a yield", "an exception crosses an await into the awaiting future's catch");
            bool thrown = false;
            try { FailAfterYield("to the waiting task").Wait(); }
            catch (InvalidOperationException e) { thrown = e.Message == "to the waiting task"; }
            Expect.True(thrown, "a future's exception reaches the kernel task that waits for it");
            Expect.Passed("results and exceptions through awaits");
        }

        private static int s_flag;

        private static async Future<int> YieldUntilFlagged()
        {
            int yields = 0;
            while (Volatile.Read(ref s_flag) == 0)
            {
                await Future.Yield();
                yields++;
            }
            return yields;
        }

        private static async Future SetFlagAfterYield()
        {
            await Future.Yield();
            Volatile.Write(ref s_flag, 1);
        }

        /// <summary>The yielding future can only finish if the flag setter, queued behind it, runs while it yields.</summary>
        private static void YieldLetsOthersRun()
        {
            s_flag = 0;
            Future<int> yielder = YieldUntilFlagged();
            Future setter = SetFlagAfterYield();
            int yields = yielder.Wait();
            setter.Wait();
            Expect.True(yields >= 1, "the yielding future saw the flag only after yielding");
            Expect.Passed("Yield lets the other ready futures run", "", yields, " yields");
        }

        /// <summary>
        /// Delays of 4, 1, 3, 2 and 5 ticks started together: when the 3-tick one has completed, so
        /// have the 1- and 2-tick ones; when the 5-tick one has, so have all.
        /// </summary>
        private static async Future<bool> ShorterDelaysCompleteFirst()
        {
            var delays = new[] { Future.Delay(4), Future.Delay(1), Future.Delay(3), Future.Delay(2), Future.Delay(5) };
            await delays[2];
            bool ordered = delays[1].IsCompleted && delays[3].IsCompleted;
            await delays[4];
            ordered &= delays[0].IsCompleted && delays[1].IsCompleted && delays[3].IsCompleted;
            await delays[0];
            await delays[1];
            await delays[3];
            return ordered;
        }

        private static async Future<bool> ResumesNotBeforeTheDeadline(ulong ticks)
        {
            ulong notBefore = Clock.Now + ticks * (Clock.Frequency / Ticker.TicksPerSecond);
            await Future.Delay(ticks);
            return Clock.Now >= notBefore;
        }

        private static void DelaysCompleteInDeadlineOrder()
        {
            Expect.True(ShorterDelaysCompleteFirst().Wait(), "delays complete in the order of their deadlines");
            var early = new[] { ResumesNotBeforeTheDeadline(3), ResumesNotBeforeTheDeadline(1), ResumesNotBeforeTheDeadline(2) };
            for (int i = 0; i < early.Length; i++) Expect.True(early[i].Wait(), "a delay never completes before its deadline");
            Expect.Passed("Delay completes in deadline order, never early");
        }

        private static int s_finished;

        private static async Future FinishAfter(ulong ticks, bool fail)
        {
            await Future.Delay(ticks);
            Interlocked.Increment(ref s_finished);
            if (fail) throw new InvalidOperationException("one of the futures failed");
        }

        private static async Future<int> AfterWhenAll()
        {
            await Future.WhenAll(FinishAfter(2, false), FinishAfter(1, false));
            return Volatile.Read(ref s_finished);
        }

        private static void WhenAllAwaitsEveryFuture()
        {
            s_finished = 0;
            Expect.True(AfterWhenAll().Wait() == 2, "WhenAll of two completes after both");
            s_finished = 0;
            var futures = new Future[] { FinishAfter(1, false), FinishAfter(3, true), FinishAfter(2, false), FinishAfter(1, true) };
            string message = "";
            try { Future.WhenAll(futures).Wait(); }
            catch (InvalidOperationException e) { message = e.Message; }
            Expect.True(message == "one of the futures failed", "WhenAll rethrows a failure");
            Expect.True(s_finished == 4, "WhenAll awaits every future, failed ones included");
            Expect.Passed("WhenAll waits for all and rethrows the first failure");
        }

        /// <summary>A timer waiter, i.e. code in the timer interrupt, completing a future.</summary>
        private sealed class TimerCompletion : ITimerWaiter
        {
            public readonly FutureCompletionSource<ulong> Source = new();

            public void Wake(ulong now) => Source.TrySetResult(now);
        }

        private static async Future<ulong> AwaitInterrupt(TimerCompletion completion, ulong deadline)
        {
            Future<ulong> fired = completion.Source.Future;
            Expect.True(Ticker.WakeAt(deadline, completion), "the timer queue takes the waiter");
            return await fired;
        }

        private static void TimerInterruptCompletesAFuture()
        {
            var completion = new TimerCompletion();
            ulong period = Clock.Frequency / Ticker.TicksPerSecond;
            for (int round = 0; round < 3; round++)
            {
                ulong deadline = Clock.Now + 2 * period;
                ulong firedAt = AwaitInterrupt(completion, deadline).Wait();
                Expect.True(firedAt >= deadline, "the interrupt completed the future at its deadline, not before");
            }
            Expect.Passed("a timer interrupt completes a future (3 rounds of one completion source)");
        }

        private static async Future<int> Seven()
        {
            await Future.Yield();
            return 7;
        }

        private static async Future<int> AwaitTwice()
        {
            Future<int> seven = Seven();
            int first = await seven;
            try
            {
                await seven;
                return -1;
            }
            catch (InvalidOperationException)
            {
                return first;
            }
        }

        private static void DoubleAwaitIsAnError()
        {
            Expect.True(AwaitTwice().Wait() == 7, "a second await of a future throws InvalidOperationException");
            Future<int> seven = Seven();
            Expect.True(seven.Wait() == 7, "a waited future gives its result");
            bool thrown = false;
            try { seven.Wait(); }
            catch (InvalidOperationException) { thrown = true; }
            Expect.True(thrown, "waiting again for a consumed future throws InvalidOperationException");
            Expect.Passed("awaiting a future twice is an InvalidOperationException");
        }

        private static async System.Threading.Tasks.Task AwaitFromTaskMethod(Future future) => await future;

        /// <summary>A Task method's continuation would run inside the interrupt that completes the future: the await is refused.</summary>
        private static void TaskMethodsCannotAwaitFutures()
        {
            Future delay = Future.Delay(1);
            System.Threading.Tasks.Task task = AwaitFromTaskMethod(delay);
            Expect.True(task.IsFaulted && task.Exception!.InnerException is NotSupportedException, "a Task method's await of a future fails with NotSupportedException");
            delay.Wait();
            Expect.Passed("a Task method cannot await a future (NotSupportedException)");
        }

        private static async Future<bool> WaitInsideAFuture(bool completed)
        {
            await Future.Yield();
            var gate = new FutureCompletionSource<int>();
            if (completed) gate.TrySetResult(1);
            Future<int> pending = gate.Future;
            try
            {
                pending.Wait();
                return false;
            }
            catch (InvalidOperationException)
            {
                gate.TrySetResult(1);
                return await pending == 1;
            }
        }

        private static readonly Sync.AsyncMutex s_mutex = new();

        private static async Future<bool> BlockingLockInsideAFuture()
        {
            await Future.Yield();
            try
            {
                s_mutex.Lock().Dispose();
                return false;
            }
            catch (InvalidOperationException)
            {
                // Still free: the refused acquire took nothing.
                Future<Sync.AsyncMutex.Guard> next = s_mutex.LockAsync();
                bool free = next.IsCompleted;
                using (await next) return free;
            }
        }

        /// <summary>A future runs on an executor worker: blocking there (Wait) instead of awaiting is refused, even when it would not block this time.</summary>
        private static void FuturesCannotBlockTheirWorker()
        {
            Expect.True(WaitInsideAFuture(completed: false).Wait(), "Wait inside a future throws InvalidOperationException");
            Expect.True(WaitInsideAFuture(completed: true).Wait(), "Wait inside a future throws even when the future has completed");
            Expect.True(BlockingLockInsideAFuture().Wait(), "a blocking lock acquire inside a future throws and takes nothing");
            Expect.Passed("a future cannot block its worker with Wait (InvalidOperationException)");
        }
    }
}
