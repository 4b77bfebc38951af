using System;
using Rivet.Kernel.Async;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A task-only counting semaphore: <see cref="AcquireAsync"/> takes a permit or waits for one;
    /// <see cref="Release"/> gives one back, straight to the longest waiter if any (FIFO, one
    /// waiter woken per permit). A scoped guard returns the permit it took:
    /// <code>using (await semaphore.AcquireAsync()) { … }</code>
    /// </summary>
    [TaskOnlyLock]
    internal sealed class AsyncSemaphore
    {
        private SpinLock _state;
        private int _permits;
        private AsyncWaiterQueue<Guard> _waiters;

        public AsyncSemaphore(int permits)
        {
            if (permits < 0) throw new ArgumentOutOfRangeException(nameof(permits));
            _permits = permits;
        }

        /// <summary>Permits free right now (a snapshot).</summary>
        public int Available
        {
            get
            {
                using (_state.Lock()) return _permits;
            }
        }

        public Future<Guard> AcquireAsync()
        {
            using (_state.Lock())
            {
                if (_permits > 0)
                {
                    _permits--;
                    return new Future<Guard>(new Guard(this));
                }
            }
            AsyncLockWaiter<Guard> waiter = AsyncLockWaiter<Guard>.Rent(exclusive: false);
            Future<Guard> future = waiter.Future;
            using (_state.Lock())
            {
                if (_permits == 0)
                {
                    _waiters.Enqueue(waiter);
                    return future;
                }
                _permits--;
            }
            waiter.Recycle();
            return new Future<Guard>(new Guard(this));
        }

        /// <summary>
        /// Takes a permit if one is free, without waiting; any context that may take the state's
        /// spin lock. A free permit means nobody waits (<see cref="Release"/> hands permits to
        /// waiters first), so this never overtakes a waiter. Give the permit back with <see cref="Release"/>.
        /// </summary>
        public bool TryAcquire()
        {
            using (_state.Lock())
            {
                if (_permits == 0) return false;
                _permits--;
                return true;
            }
        }

        /// <summary>Parks the calling kernel task until it holds a permit. Refused inside a future before anything is taken.</summary>
        [Blocking]
        public Guard Acquire()
        {
            BlockingWait.RefuseOnExecutorWorker();
            return AcquireAsync().WaitOnTask();
        }

        /// <summary>Adds a permit: the longest waiter gets it, else it is counted. Also for producers that never acquired.</summary>
        public void Release()
        {
            AsyncLockWaiter<Guard>? next;
            using (_state.Lock())
            {
                next = _waiters.Dequeue();
                if (next == null) _permits++;
            }
            next?.Grant(new Guard(this));
        }

        /// <summary>One permit; disposing it releases the permit.</summary>
        public readonly struct Guard : IDisposable
        {
            private readonly AsyncSemaphore? _semaphore;

            internal Guard(AsyncSemaphore semaphore) => _semaphore = semaphore;

            public void Dispose() => _semaphore?.Release();
        }
    }
}
