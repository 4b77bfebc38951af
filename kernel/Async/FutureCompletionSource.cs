using System;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// A future completed by hand — typically by an interrupt handler (<see cref="TrySetResult"/>
    /// runs in any context and never allocates). It is reusable: each operation is one round,
    /// <see cref="Future"/> names the current round, and taking its result (awaiting it) starts
    /// the next round. A completion that arrives before anyone awaits is kept for the awaiter.
    /// Allocate one per driver or waiter slot and keep it.
    /// </summary>
    internal sealed class FutureCompletionSource<T> : IFutureSource<T>
    {
        private FutureCore<T> _core;

        /// <summary>The future of the current round.</summary>
        public Future<T> Future => new Future<T>(this, _core.Version);

        /// <summary>Completes the current round; false when it already was. Any context.</summary>
        public bool TrySetResult(T result) => _core.TrySetResult(result);

        public bool TrySetException(Exception error) => _core.TrySetException(error);

        public bool IsCompleted(int token) => _core.IsCompleted(token);

        public void OnCompleted(IWakeable waker, int token) => _core.OnCompleted(waker, token);

        public T GetResult(int token) => _core.GetResult(token);

        void IFutureSource.GetResult(int token) => _core.GetResult(token);
    }
}
