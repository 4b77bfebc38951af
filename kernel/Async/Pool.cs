using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// A free list of reusable objects, linked through the objects themselves, so renting and
    /// returning never allocate. Rivet has no collector (`new` never returns memory): async code
    /// reaches a steady state with no allocation by returning every box and leaf it rents. The pool
    /// never shrinks; its size is the most objects of its type ever live at once. Kept in a static
    /// field (its spin lock must never move).
    /// </summary>
    internal struct Pool<T> where T : class, IPooled<T>
    {
        private SpinLock _lock;
        private T? _head;

        /// <summary>A returned object, or null when the caller must make a new one.</summary>
        public T? Rent()
        {
            using (_lock.Lock())
            {
                T? item = _head;
                if (item != null)
                {
                    _head = item.NextFree;
                    item.NextFree = null;
                }
                return item;
            }
        }

        public void Return(T item)
        {
            using (_lock.Lock())
            {
                item.NextFree = _head;
                _head = item;
            }
        }
    }
}
