using System.Threading;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// One hart's ready tasks, first in first out, linked through <see cref="KernelTask.NextInQueue"/>
    /// so that making a task runnable never allocates (wakers run in interrupt handlers). Other
    /// harts steal from the head when their own queue is empty.
    /// </summary>
    internal sealed class RunQueue
    {
        private SpinLock _lock;
        private KernelTask? _head;
        private KernelTask? _tail;
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Enqueue(KernelTask task)
        {
            using (_lock.Lock())
            {
                task.NextInQueue = null;
                if (_tail == null) _head = task;
                else _tail.NextInQueue = task;
                _tail = task;
                _count++;
            }
        }

        public KernelTask? TryDequeue()
        {
            if (Count == 0) return null;
            using (_lock.Lock())
            {
                KernelTask? task = _head;
                if (task == null) return null;
                _head = task.NextInQueue;
                if (_head == null) _tail = null;
                task.NextInQueue = null;
                _count--;
                return task;
            }
        }
    }
}
