namespace Rivet.Kernel.Time
{
    /// <summary>
    /// Waiters ordered by deadline (in time-CSR ticks): a binary min-heap of fixed capacity, so
    /// scheduling, cancelling and expiring never allocate and can run with interrupts masked.
    /// Equal deadlines expire in the order they were scheduled. Not thread-safe: each hart owns
    /// one queue, touched only with that hart's interrupts masked.
    /// Invariant: <c>_positions[_heap[i].Slot] == i</c> for every live entry i.
    /// </summary>
    public sealed class TimerQueue<TWaiter>
    {
        private struct Entry
        {
            public ulong Deadline;
            public ulong Sequence;
            public int Slot;
            public TWaiter Waiter;
        }

        private readonly Entry[] _heap;
        /// <summary>Heap index of each slot's entry, or -1 when the slot is free.</summary>
        private readonly int[] _positions;
        private readonly uint[] _generations;
        private readonly int[] _freeSlots;
        private int _freeSlotCount;
        private int _count;
        private ulong _nextSequence;

        public TimerQueue(int capacity)
        {
            _heap = new Entry[capacity];
            _positions = new int[capacity];
            _generations = new uint[capacity];
            _freeSlots = new int[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _positions[i] = -1;
                _freeSlots[i] = capacity - 1 - i;
            }
            _freeSlotCount = capacity;
        }

        public int Count => _count;
        public int Capacity => _heap.Length;

        /// <summary>Adds a waiter; false when the queue is full.</summary>
        public bool TrySchedule(ulong deadline, TWaiter waiter, out TimerHandle handle)
        {
            handle = default;
            if (_freeSlotCount == 0) return false;
            int slot = _freeSlots[--_freeSlotCount];
            _generations[slot]++;
            int index = _count++;
            _heap[index] = new Entry { Deadline = deadline, Sequence = _nextSequence++, Slot = slot, Waiter = waiter };
            _positions[slot] = index;
            SiftUp(index);
            handle = new TimerHandle(slot, _generations[slot]);
            return true;
        }

        /// <summary>Removes a scheduled waiter; false if it already expired or was cancelled.</summary>
        public bool Cancel(TimerHandle handle)
        {
            if ((uint)handle.Slot >= (uint)_positions.Length || _generations[handle.Slot] != handle.Generation) return false;
            int index = _positions[handle.Slot];
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public bool TryPeekDeadline(out ulong deadline)
        {
            deadline = _count > 0 ? _heap[0].Deadline : 0;
            return _count > 0;
        }

        /// <summary>Takes the earliest waiter whose deadline is at or before <paramref name="now"/>.</summary>
        public bool TryTakeExpired(ulong now, out TWaiter waiter)
        {
            if (_count == 0 || _heap[0].Deadline > now)
            {
                waiter = default!;
                return false;
            }
            waiter = _heap[0].Waiter;
            RemoveAt(0);
            return true;
        }

        private void RemoveAt(int index)
        {
            int slot = _heap[index].Slot;
            _positions[slot] = -1;
            _freeSlots[_freeSlotCount++] = slot;
            int last = --_count;
            if (index != last)
            {
                // The last entry fills the hole and moves whichever way restores heap order.
                int moved = _heap[last].Slot;
                _heap[index] = _heap[last];
                _positions[moved] = index;
                SiftUp(index);
                SiftDown(_positions[moved]);
            }
            _heap[last] = default;
        }

        private static bool Earlier(in Entry a, in Entry b) => a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Sequence < b.Sequence);

        private void SiftUp(int index)
        {
            while (index > 0)
            {
                int parent = (index - 1) / 2;
                if (!Earlier(_heap[index], _heap[parent])) return;
                Swap(index, parent);
                index = parent;
            }
        }

        private void SiftDown(int index)
        {
            while (true)
            {
                int left = 2 * index + 1, right = left + 1, smallest = index;
                if (left < _count && Earlier(_heap[left], _heap[smallest])) smallest = left;
                if (right < _count && Earlier(_heap[right], _heap[smallest])) smallest = right;
                if (smallest == index) return;
                Swap(index, smallest);
                index = smallest;
            }
        }

        private void Swap(int a, int b)
        {
            Entry temporary = _heap[a];
            _heap[a] = _heap[b];
            _heap[b] = temporary;
            _positions[_heap[a].Slot] = a;
            _positions[_heap[b].Slot] = b;
        }
    }
}
