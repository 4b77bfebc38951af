using System;
using Rivet.Kernel.Async;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A task-only mutual-exclusion lock: a waiter parks (a future suspends, a kernel task parks)
    /// instead of spinning, and interrupts stay enabled, so it may be held for long operations and
    /// across awaits — but never touched from an interrupt handler (RIVET001). Fair: waiters get the
    /// lock in arrival order, by direct hand-over from the releaser to exactly the next waiter.
    /// <code>using (await mutex.LockAsync()) { … }   // in a future
    /// using (mutex.Lock()) { … }                // in a kernel task</code>
    /// </summary>
    [TaskOnlyLock]
    internal sealed class AsyncMutex
    {
        /// <summary>Guards the fields below; held only for a few instructions.</summary>
        private SpinLock _state;
        private bool _held;
        private AsyncWaiterQueue<Guard> _waiters;

        /// <summary>A future of the guard: already complete when the mutex was free.</summary>
        public Future<Guard> LockAsync()
        {
            using (_state.Lock())
            {
                if (!_held)
                {
                    _held = true;
                    return new Future<Guard>(new Guard(this));
                }
            }
            // Contended: rent the waiter outside the spin lock (renting may allocate), then look again.
            AsyncLockWaiter<Guard> waiter = AsyncLockWaiter<Guard>.Rent(exclusive: true);
            Future<Guard> future = waiter.Future;
            using (_state.Lock())
            {
                if (_held)
                {
                    _waiters.Enqueue(waiter);
                    return future;
                }
                _held = true;
            }
            waiter.Recycle();
            return new Future<Guard>(new Guard(this));
        }

        /// <summary>Parks the calling kernel task until it holds the mutex. Refused inside a future before anything is taken (await <see cref="LockAsync"/> there).</summary>
        [Blocking]
        public Guard Lock()
        {
            BlockingWait.RefuseOnExecutorWorker();
            return LockAsync().WaitOnTask();
        }

        /// <summary>Hands the mutex to the longest waiter, or frees it. Called by <see cref="Guard.Dispose"/>.</summary>
        private void Release()
        {
            AsyncLockWaiter<Guard>? next;
            using (_state.Lock())
            {
                if (!_held) throw new InvalidOperationException("an AsyncMutex was released while free");
                next = _waiters.Dequeue();
                if (next == null) _held = false;
            }
            next?.Grant(new Guard(this));
        }

        /// <summary>Ownership of the mutex; disposing it releases the mutex (once: copies share the ownership).</summary>
        public readonly struct Guard : IDisposable
        {
            private readonly AsyncMutex? _mutex;

            internal Guard(AsyncMutex mutex) => _mutex = mutex;

            public void Dispose() => _mutex?.Release();
        }
    }
}
