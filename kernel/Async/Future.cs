using System;
using System.Runtime.CompilerServices;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// A kernel future: an operation that completes later, awaited once. <c>async Future</c>
    /// methods run through <see cref="FutureMethodBuilder"/> on the <see cref="Executor"/>; drivers
    /// and locks return futures backed by pooled sources. A future is a value (source + version):
    /// awaiting it takes the result and retires the version, so awaiting it again throws
    /// <see cref="InvalidOperationException"/>. <c>default</c> is a completed future.
    /// See docs/executor.md.
    /// </summary>
    [AsyncMethodBuilder(typeof(FutureMethodBuilder))]
    internal readonly struct Future
    {
        private readonly IFutureSource? _source;
        private readonly int _token;

        internal Future(IFutureSource source, int token)
        {
            _source = source;
            _token = token;
        }

        public static Future Completed => default;

        public bool IsCompleted => _source == null || _source.IsCompleted(_token);

        public Awaiter GetAwaiter() => new Awaiter(_source, _token);

        /// <summary>Completes after <paramref name="ticks"/> scheduler ticks (<see cref="Time.Ticker.TicksPerSecond"/> a second).</summary>
        public static Future Delay(ulong ticks) => ticks == 0 ? default : DelaySource.Start(ticks);

        /// <summary>Lets the other ready jobs run: the awaiting method continues from the back of the executor's queue.</summary>
        public static YieldAwaitable Yield() => default;

        /// <summary>Completes when both have; every future is awaited even when one fails, and the first failure is rethrown.</summary>
        public static async Future WhenAll(Future first, Future second)
        {
            Exception? failure = null;
            try { await first; } catch (Exception e) { failure = e; }
            try { await second; } catch (Exception e) { failure ??= e; }
            if (failure != null) throw failure;
        }

        /// <summary>
        /// Completes when all have (awaited in order, every one even when some fail; the first failure
        /// in array order is rethrown). The array stays the caller's: it can be reused afterwards.
        /// </summary>
        public static async Future WhenAll(Future[] futures)
        {
            Exception? failure = null;
            for (int i = 0; i < futures.Length; i++)
            {
                try { await futures[i]; } catch (Exception e) { failure ??= e; }
            }
            if (failure != null) throw failure;
        }

        /// <summary>
        /// Parks the calling kernel task until the future completes, then takes its result
        /// (rethrowing its exception). Inside a future, i.e. on an executor worker, it throws
        /// <see cref="InvalidOperationException"/>: await instead.
        /// </summary>
        [Blocking]
        public void Wait()
        {
            BlockingWait.RefuseOnExecutorWorker();
            if (_source == null) return;
            BlockingWait.UntilCompleted(_source, _token);
            _source.GetResult(_token);
        }

        public readonly struct Awaiter : ICriticalNotifyCompletion
        {
            private readonly IFutureSource? _source;
            private readonly int _token;

            internal Awaiter(IFutureSource? source, int token)
            {
                _source = source;
                _token = token;
            }

            public bool IsCompleted => _source == null || _source.IsCompleted(_token);

            public void GetResult() => _source?.GetResult(_token);

            public void OnCompleted(Action continuation) => _source!.OnCompleted(Job.Of(continuation), _token);

            public void UnsafeOnCompleted(Action continuation) => _source!.OnCompleted(Job.Of(continuation), _token);
        }
    }
}
