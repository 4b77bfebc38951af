using System;
using Rivet.Kernel.Async;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A task-only reader-writer lock: any number of readers or one writer. FIFO-fair: a reader
    /// that arrives while anyone waits queues behind them (so writers do not starve), and a
    /// release admits exactly the next writer or the next run of consecutive readers — never
    /// every waiter.
    /// <code>using (await rw.ReadLockAsync()) { … }   using (await rw.WriteLockAsync()) { … }</code>
    /// </summary>
    [TaskOnlyLock]
    internal sealed class AsyncReaderWriterLock
    {
        private SpinLock _state;
        private int _readers;
        private bool _writer;
        private AsyncWaiterQueue<Guard> _waiters;

        public Future<Guard> ReadLockAsync() => Acquire(exclusive: false);

        public Future<Guard> WriteLockAsync() => Acquire(exclusive: true);

        /// <summary>Parks the calling kernel task until it may read. Refused inside a future before anything is taken.</summary>
        [Blocking]
        public Guard ReadLock()
        {
            BlockingWait.RefuseOnExecutorWorker();
            return Acquire(exclusive: false).WaitOnTask();
        }

        /// <summary>Parks the calling kernel task until it may write. Refused inside a future before anything is taken.</summary>
        [Blocking]
        public Guard WriteLock()
        {
            BlockingWait.RefuseOnExecutorWorker();
            return Acquire(exclusive: true).WaitOnTask();
        }

        private Future<Guard> Acquire(bool exclusive)
        {
            using (_state.Lock())
            {
                if (TryEnter(exclusive)) return new Future<Guard>(new Guard(this, exclusive));
            }
            AsyncLockWaiter<Guard> waiter = AsyncLockWaiter<Guard>.Rent(exclusive);
            Future<Guard> future = waiter.Future;
            using (_state.Lock())
            {
                if (!TryEnter(exclusive))
                {
                    _waiters.Enqueue(waiter);
                    return future;
                }
            }
            waiter.Recycle();
            return new Future<Guard>(new Guard(this, exclusive));
        }

        /// <summary>Takes the lock if nobody waits and the holders allow it. Spin lock held.</summary>
        private bool TryEnter(bool exclusive)
        {
            if (_writer || !_waiters.IsEmpty) return false;
            if (exclusive)
            {
                if (_readers != 0) return false;
                _writer = true;
            }
            else
            {
                _readers++;
            }
            return true;
        }

        private void Release(bool exclusive)
        {
            AsyncLockWaiter<Guard>? admitted = null;
            using (_state.Lock())
            {
                if (exclusive)
                {
                    if (!_writer) throw new InvalidOperationException("an AsyncReaderWriterLock write guard was released while no writer held it");
                    _writer = false;
                }
                else
                {
                    if (_readers == 0) throw new InvalidOperationException("an AsyncReaderWriterLock read guard was released while no reader held it");
                    _readers--;
                }
                if (_readers == 0) admitted = AdmitNext();
            }
            // Granted outside the spin lock; the chain runs through Next, read before each grant
            // (a granted waiter may be recycled at once).
            while (admitted != null)
            {
                AsyncLockWaiter<Guard>? following = admitted.Next;
                admitted.Next = null;
                admitted.Grant(new Guard(this, admitted.Exclusive));
                admitted = following;
            }
        }

        /// <summary>
        /// With the lock free: dequeues the next writer, or the run of readers at the head of the
        /// queue, marks them holders and returns them chained through Next. Spin lock held.
        /// </summary>
        private AsyncLockWaiter<Guard>? AdmitNext()
        {
            AsyncLockWaiter<Guard>? first = _waiters.First;
            if (first == null) return null;
            if (first.Exclusive)
            {
                _writer = true;
                return _waiters.Dequeue();
            }
            AsyncLockWaiter<Guard>? head = null, tail = null;
            while (_waiters.First is { Exclusive: false })
            {
                AsyncLockWaiter<Guard> reader = _waiters.Dequeue()!;
                _readers++;
                if (tail == null) head = reader;
                else tail.Next = reader;
                tail = reader;
            }
            return head;
        }

        /// <summary>Read or write ownership; disposing it releases that ownership.</summary>
        public readonly struct Guard : IDisposable
        {
            private readonly AsyncReaderWriterLock? _lock;
            private readonly bool _exclusive;

            internal Guard(AsyncReaderWriterLock rwLock, bool exclusive)
            {
                _lock = rwLock;
                _exclusive = exclusive;
            }

            public bool IsWriter => _exclusive;

            public void Dispose() => _lock?.Release(_exclusive);
        }
    }
}
