using System;
using System.Threading;
using Rivet.Kernel.Async;
using Rivet.Kernel.Tasks;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>
    /// The state machine behind every kernel future (kernel/Async/FutureCore.cs): one wake per
    /// operation whether completion comes before or after the await registers, versions that make a
    /// second await an error, and the completion/registration race run on real threads.
    /// </summary>
    public class FutureCoreTests
    {
        private sealed class CountingWaker : IWakeable
        {
            public int Wakes;

            public void Wake() => Interlocked.Increment(ref Wakes);
        }

        /// <summary>A class, so threads share one core (it is a struct inside every source).</summary>
        private sealed class Source
        {
            public FutureCore<int> Core;
        }

        [Fact]
        public void ACompletionAfterTheAwaitWakesTheWaiterOnceAndDeliversTheResult()
        {
            var source = new Source();
            var waker = new CountingWaker();
            int token = source.Core.Version;
            Assert.False(source.Core.IsCompleted(token));
            source.Core.OnCompleted(waker, token);
            Assert.Equal(0, waker.Wakes);
            Assert.True(source.Core.TrySetResult(42));
            Assert.Equal(1, waker.Wakes);
            Assert.True(source.Core.IsCompleted(token));
            Assert.Equal(42, source.Core.GetResult(token));
        }

        [Fact]
        public void ACompletionBeforeTheAwaitWakesTheWaiterWhenItRegisters()
        {
            var source = new Source();
            var waker = new CountingWaker();
            int token = source.Core.Version;
            Assert.True(source.Core.TrySetResult(7));
            Assert.False(source.Core.TrySetResult(8));
            source.Core.OnCompleted(waker, token);
            Assert.Equal(1, waker.Wakes);
            Assert.Equal(7, source.Core.GetResult(token));
        }

        [Fact]
        public void TakingTheResultRetiresTheVersionSoASecondAwaitThrows()
        {
            var source = new Source();
            int token = source.Core.Version;
            source.Core.TrySetResult(1);
            Assert.Equal(1, source.Core.GetResult(token));
            Assert.Throws<InvalidOperationException>(() => source.Core.IsCompleted(token));
            Assert.Throws<InvalidOperationException>(() => source.Core.GetResult(token));
            Assert.Throws<InvalidOperationException>(() => source.Core.OnCompleted(new CountingWaker(), token));

            // The core serves the next operation under a new version, starting pending.
            int next = source.Core.Version;
            Assert.NotEqual(token, next);
            Assert.False(source.Core.IsCompleted(next));
            Assert.True(source.Core.TrySetResult(2));
            Assert.Equal(2, source.Core.GetResult(next));
        }

        [Fact]
        public void TwoAwaitersAtOnceAndAResultTakenEarlyAreErrors()
        {
            var source = new Source();
            int token = source.Core.Version;
            Assert.Throws<InvalidOperationException>(() => source.Core.GetResult(token));
            var first = new CountingWaker();
            var second = new CountingWaker();
            source.Core.OnCompleted(first, token);
            Assert.Throws<InvalidOperationException>(() => source.Core.OnCompleted(second, token));
            // The refused awaiter did not displace the first one.
            source.Core.TrySetResult(9);
            Assert.Equal((1, 0), (first.Wakes, second.Wakes));
        }

        [Fact]
        public void AnExceptionIsRethrownToTheAwaiterAndTheCoreIsReusable()
        {
            var source = new Source();
            int token = source.Core.Version;
            var failure = new InvalidOperationException("device error");
            Assert.True(source.Core.TrySetException(failure));
            Assert.False(source.Core.TrySetResult(3));
            Assert.Same(failure, Assert.Throws<InvalidOperationException>(() => source.Core.GetResult(token)));

            int next = source.Core.Version;
            Assert.True(source.Core.TrySetResult(5));
            Assert.Equal(5, source.Core.TakeResult(next, out Exception? none));
            Assert.Null(none);
        }

        [Fact]
        public void CompletionRacingTheAwaitWakesExactlyOnceEveryTime()
        {
            const int Operations = 20000;
            var source = new Source();
            var waker = new CountingWaker();
            using var start = new Barrier(2);
            int completed = 0;
            var completer = new Thread(() =>
            {
                for (int i = 0; i < Operations; i++)
                {
                    start.SignalAndWait();
                    if (source.Core.TrySetResult(i)) completed++;
                    start.SignalAndWait();
                }
            });
            completer.Start();
            for (int i = 0; i < Operations; i++)
            {
                int token = source.Core.Version;
                start.SignalAndWait();
                source.Core.OnCompleted(waker, token);
                start.SignalAndWait();
                Assert.Equal(i + 1, Volatile.Read(ref waker.Wakes));
                Assert.Equal(i, source.Core.GetResult(token));
            }
            completer.Join();
            Assert.Equal(Operations, completed);
        }
    }
}
