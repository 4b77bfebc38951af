namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// A first-fit heap over memory regions handed to it, keeping free blocks in one singly
    /// linked list sorted by address so that a freed block merges with both neighbours.
    /// Invariants: every block (free or allocated) starts and ends on a <see cref="Granule"/>
    /// boundary; free blocks never touch (they would have been merged); an allocated block keeps
    /// an <see cref="AllocationHeader"/> just below the address handed out, which is how
    /// <see cref="Free"/> finds the block's true start and size. Not thread-safe: the kernel wraps it in a spin lock.
    /// </summary>
    public unsafe struct LinkedListHeap
    {
        /// <summary>Block granularity and smallest alignment handed out (enough for any scalar on both XLENs).</summary>
        public const int Granule = 16;

        private struct FreeBlock
        {
            public nuint Size;
            public FreeBlock* Next;
        }

        private struct AllocationHeader
        {
            public nuint BlockStart;
            public nuint BlockSize;
        }

        private FreeBlock* _free;
        private nuint _freeBytes;
        private nuint _totalBytes;

        public nuint FreeBytes => _freeBytes;
        public nuint TotalBytes => _totalBytes;

        public int FreeBlockCount
        {
            get
            {
                int count = 0;
                for (FreeBlock* block = _free; block != null; block = block->Next) count++;
                return count;
            }
        }

        public nuint LargestFreeBlock
        {
            get
            {
                nuint largest = 0;
                for (FreeBlock* block = _free; block != null; block = block->Next)
                {
                    if (block->Size > largest) largest = block->Size;
                }
                return largest;
            }
        }

        /// <summary>Gives the heap [start, start + size); the ends are trimmed to the granule. Regions must not overlap.</summary>
        public void AddRegion(byte* start, nuint size)
        {
            nuint first = AlignUp((nuint)start, Granule);
            nuint end = ((nuint)start + size) & ~(nuint)(Granule - 1);
            if (end <= first || end - first < (nuint)sizeof(FreeBlock)) return;
            _totalBytes += end - first;
            Insert(first, end - first);
        }

        /// <summary>
        /// <paramref name="size"/> bytes aligned to <paramref name="alignment"/> (a power of two), or
        /// null when no free block can hold them. Contents are not cleared.
        /// </summary>
        public byte* Allocate(nuint size, nuint alignment)
        {
            if (alignment < Granule) alignment = Granule;
            if ((alignment & (alignment - 1)) != 0 || size == 0) return null;
            // The header occupies the granule below the address handed out, so blocks stay granule-aligned on both XLENs.
            nuint header = Granule;
            nuint payload = AlignUp(size, Granule);
            if (payload < size) return null;

            FreeBlock* previous = null;
            for (FreeBlock* block = _free; block != null; previous = block, block = block->Next)
            {
                nuint blockStart = (nuint)block;
                nuint blockEnd = blockStart + block->Size;
                nuint user = AlignUp(blockStart + header, alignment);
                if (user < blockStart || user > blockEnd || blockEnd - user < payload) continue;

                nuint allocationStart = user - header;
                nuint allocationEnd = user + payload;
                FreeBlock* next = block->Next;
                // A leading gap too small to be a free block stays inside the allocation; the same for the tail.
                bool keepFront = allocationStart - blockStart >= (nuint)sizeof(FreeBlock);
                if (!keepFront) allocationStart = blockStart;
                bool keepTail = blockEnd - allocationEnd >= (nuint)sizeof(FreeBlock);
                if (!keepTail) allocationEnd = blockEnd;

                FreeBlock* replacement = next;
                if (keepTail)
                {
                    FreeBlock* tail = (FreeBlock*)allocationEnd;
                    tail->Size = blockEnd - allocationEnd;
                    tail->Next = next;
                    replacement = tail;
                }
                if (keepFront)
                {
                    block->Size = allocationStart - blockStart;
                    block->Next = replacement;
                }
                else if (previous == null) _free = replacement;
                else previous->Next = replacement;

                AllocationHeader* record = (AllocationHeader*)(user - (nuint)sizeof(AllocationHeader));
                record->BlockStart = allocationStart;
                record->BlockSize = allocationEnd - allocationStart;
                _freeBytes -= allocationEnd - allocationStart;
                return (byte*)user;
            }
            return null;
        }

        /// <summary>Returns a block from <see cref="Allocate"/>; a pointer the heap did not hand out, or a second free, is reported.</summary>
        public HeapError Free(byte* pointer)
        {
            if (pointer == null) return HeapError.None;
            if (((nuint)pointer & (Granule - 1)) != 0) return HeapError.NotAnAllocation;
            // Once freed, the header granule lies inside a free block (and may be overwritten by it).
            nuint headerGranule = (nuint)pointer - Granule;
            for (FreeBlock* block = _free; block != null; block = block->Next)
            {
                if ((nuint)block <= headerGranule && headerGranule < (nuint)block + block->Size) return HeapError.DoubleFree;
            }
            AllocationHeader* record = (AllocationHeader*)(pointer - sizeof(AllocationHeader));
            nuint start = record->BlockStart, size = record->BlockSize;
            if (start > headerGranule || size < Granule || start + size <= (nuint)pointer
                || (start & (Granule - 1)) != 0 || (size & (Granule - 1)) != 0)
                return HeapError.NotAnAllocation;
            for (FreeBlock* block = _free; block != null; block = block->Next)
            {
                if ((nuint)block < start + size && start < (nuint)block + block->Size) return HeapError.NotAnAllocation;
            }
            Insert(start, size);
            return HeapError.None;
        }

        /// <summary>Adds [start, start + size) to the free list in address order and merges it with touching neighbours.</summary>
        private void Insert(nuint start, nuint size)
        {
            _freeBytes += size;
            FreeBlock* previous = null;
            FreeBlock* next = _free;
            while (next != null && (nuint)next < start)
            {
                previous = next;
                next = next->Next;
            }
            FreeBlock* block = (FreeBlock*)start;
            block->Size = size;
            block->Next = next;
            if (next != null && start + size == (nuint)next)
            {
                block->Size += next->Size;
                block->Next = next->Next;
            }
            if (previous == null)
            {
                _free = block;
            }
            else if ((nuint)previous + previous->Size == start)
            {
                previous->Size += block->Size;
                previous->Next = block->Next;
            }
            else
            {
                previous->Next = block;
            }
        }

        private static nuint AlignUp(nuint value, nuint alignment) => (value + alignment - 1) & ~(alignment - 1);
    }
}
