using System;
using Rivet.Kernel.Async;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// One waiter of a task-only lock: a pooled future source that the lock completes with a guard
    /// when it hands the lock over, linked into the lock's <see cref="AsyncWaiterQueue{TGuard}"/>.
    /// A future awaits it; a kernel task waits for it (<see cref="Future{T}.Wait"/>). Back in its
    /// pool once the guard has been taken.
    /// </summary>
    internal sealed class AsyncLockWaiter<TGuard> : IFutureSource<TGuard>, IPooled<AsyncLockWaiter<TGuard>>
    {
        private static Pool<AsyncLockWaiter<TGuard>> s_pool;

        private FutureCore<TGuard> _core;

        /// <summary>The next waiter in the lock's queue; touched under the lock's spin lock.</summary>
        internal AsyncLockWaiter<TGuard>? Next;

        /// <summary>For a reader-writer lock: this waiter wants to write.</summary>
        internal bool Exclusive;

        public AsyncLockWaiter<TGuard>? NextFree { get; set; }

        public static AsyncLockWaiter<TGuard> Rent(bool exclusive)
        {
            AsyncLockWaiter<TGuard> waiter = s_pool.Rent() ?? new AsyncLockWaiter<TGuard>();
            waiter.Exclusive = exclusive;
            return waiter;
        }

        /// <summary>Read before the waiter is queued: afterwards the lock may complete it at any moment.</summary>
        public Future<TGuard> Future => new Future<TGuard>(this, _core.Version);

        /// <summary>Hands the lock to this waiter. Called once, after it left the queue, outside the lock's spin lock.</summary>
        public void Grant(TGuard guard) => _core.TrySetResult(guard);

        /// <summary>Returns a waiter that was never queued (the lock became free in between).</summary>
        public void Recycle() => s_pool.Return(this);

        public bool IsCompleted(int token) => _core.IsCompleted(token);

        public void OnCompleted(IWakeable waker, int token) => _core.OnCompleted(waker, token);

        public TGuard GetResult(int token)
        {
            TGuard guard = _core.TakeResult(token, out Exception? error);
            s_pool.Return(this);
            if (error != null) throw error;
            return guard;
        }

        void IFutureSource.GetResult(int token) => GetResult(token);
    }
}
