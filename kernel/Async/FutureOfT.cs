using System;
using System.Runtime.CompilerServices;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// A <see cref="Future"/> with a result: either already there (no source — e.g. an uncontended
    /// lock acquire) or produced by a pooled source. Awaited once; converts to <see cref="Future"/>
    /// for <see cref="Future.WhenAll(Future[])"/>.
    /// </summary>
    [AsyncMethodBuilder(typeof(FutureMethodBuilder<>))]
    internal readonly struct Future<T>
    {
        private readonly IFutureSource<T>? _source;
        private readonly int _token;
        private readonly T _result;

        internal Future(IFutureSource<T> source, int token)
        {
            _source = source;
            _token = token;
            _result = default!;
        }

        public Future(T result)
        {
            _source = null;
            _token = 0;
            _result = result;
        }

        public bool IsCompleted => _source == null || _source.IsCompleted(_token);

        public Awaiter GetAwaiter() => new Awaiter(_source, _token, _result);

        public static implicit operator Future(Future<T> future) =>
            future._source == null ? default : new Future(future._source, future._token);

        /// <summary>Parks the calling kernel task until the future completes, then returns its result. Not inside a future (see <see cref="Future.Wait"/>).</summary>
        [Blocking]
        public T Wait()
        {
            BlockingWait.RefuseOnExecutorWorker();
            return WaitOnTask();
        }

        /// <summary><see cref="Wait"/> for callers that made the executor-worker check themselves (the blocking lock acquires, before acquiring).</summary>
        [Blocking]
        internal T WaitOnTask()
        {
            if (_source == null) return _result;
            BlockingWait.UntilCompleted(_source, _token);
            return _source.GetResult(_token);
        }

        public readonly struct Awaiter : ICriticalNotifyCompletion
        {
            private readonly IFutureSource<T>? _source;
            private readonly int _token;
            private readonly T _result;

            internal Awaiter(IFutureSource<T>? source, int token, T result)
            {
                _source = source;
                _token = token;
                _result = result;
            }

            public bool IsCompleted => _source == null || _source.IsCompleted(_token);

            public T GetResult() => _source == null ? _result : _source.GetResult(_token);

            public void OnCompleted(Action continuation) => _source!.OnCompleted(Job.Of(continuation), _token);

            public void UnsafeOnCompleted(Action continuation) => _source!.OnCompleted(Job.Of(continuation), _token);
        }
    }
}
