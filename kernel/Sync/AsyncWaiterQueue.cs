namespace Rivet.Kernel.Sync
{
    /// <summary>The FIFO of a task-only lock's waiters, linked through the waiters. Used under the lock's spin lock.</summary>
    internal struct AsyncWaiterQueue<TGuard>
    {
        private AsyncLockWaiter<TGuard>? _head, _tail;

        public bool IsEmpty => _head == null;

        public AsyncLockWaiter<TGuard>? First => _head;

        public void Enqueue(AsyncLockWaiter<TGuard> waiter)
        {
            waiter.Next = null;
            if (_tail == null) _head = waiter;
            else _tail.Next = waiter;
            _tail = waiter;
        }

        /// <summary>The longest-waiting waiter, unlinked; null when none waits.</summary>
        public AsyncLockWaiter<TGuard>? Dequeue()
        {
            AsyncLockWaiter<TGuard>? waiter = _head;
            if (waiter == null) return null;
            _head = waiter.Next;
            if (_head == null) _tail = null;
            waiter.Next = null;
            return waiter;
        }
    }
}
