using System.Numerics;

namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// Hands out 4 KiB physical frames from one contiguous range, one bit per frame (1 = used) in a
    /// bitmap the caller places in memory it owns. Needs no heap, so it exists before the heap
    /// does. Not thread-safe: the kernel wraps it in a spin lock. Every frame starts free;
    /// <see cref="Reserve"/> takes out what is already in use (kernel image, device tree, the bitmap itself).
    /// </summary>
    public unsafe struct FrameAllocator
    {
        private ulong* _bitmap;
        private ulong _base;
        private int _frameCount;
        private int _usedCount;
        /// <summary>Word index where the next single-frame search starts (all words below it were full when last seen).</summary>
        private int _searchWord;

        public int TotalCount => _frameCount;
        public int UsedCount => _usedCount;
        public int FreeCount => _frameCount - _usedCount;
        public ulong Base => _base;
        public ulong End => _base + (ulong)_frameCount * PageSize.Bytes;

        /// <summary>Bytes of bitmap needed to track <paramref name="frameCount"/> frames (whole 64-bit words).</summary>
        public static ulong BitmapBytes(int frameCount) => (ulong)((frameCount + 63) / 64) * 8;

        /// <param name="base">Page-aligned physical address of the first frame.</param>
        /// <param name="bitmap">At least <see cref="BitmapBytes"/> bytes, owned by the allocator from now on.</param>
        public void Initialize(ulong @base, int frameCount, ulong* bitmap)
        {
            _base = @base;
            _frameCount = frameCount;
            _bitmap = bitmap;
            _usedCount = 0;
            _searchWord = 0;
            int words = (frameCount + 63) / 64;
            for (int i = 0; i < words; i++) _bitmap[i] = 0;
            // Bits past the last frame stay set so searches never return them.
            int tail = frameCount % 64;
            if (tail != 0) _bitmap[words - 1] = ~0UL << tail;
        }

        public bool Contains(ulong address) => address >= _base && address < End;

        /// <summary>Marks every frame overlapping [start, end) as used; parts outside the range are ignored. Idempotent.</summary>
        public void Reserve(ulong start, ulong end)
        {
            if (end <= _base || start >= End || end <= start) return;
            if (start < _base) start = _base;
            if (end > End) end = End;
            int first = (int)((PageSize.AlignDown(start) - _base) >> PageSize.Shift);
            int last = (int)((PageSize.AlignUp(end) - _base) >> PageSize.Shift);
            for (int frame = first; frame < last; frame++)
            {
                if (!IsUsed(frame)) Mark(frame);
            }
        }

        public bool TryAllocate(out ulong address)
        {
            int words = (_frameCount + 63) / 64;
            for (int pass = 0; pass < 2; pass++)
            {
                int from = pass == 0 ? _searchWord : 0;
                int to = pass == 0 ? words : _searchWord;
                for (int word = from; word < to; word++)
                {
                    ulong bits = _bitmap[word];
                    if (bits == ~0UL) continue;
                    int frame = word * 64 + BitOperations.TrailingZeroCount(~bits);
                    Mark(frame);
                    _searchWord = word;
                    address = AddressOf(frame);
                    return true;
                }
            }
            address = 0;
            return false;
        }

        /// <summary>
        /// <paramref name="count"/> consecutive frames whose first address is a multiple of
        /// <paramref name="alignFrames"/> frames (a power of two), for stacks, page-table roots and DMA rings.
        /// </summary>
        public bool TryAllocateContiguous(int count, int alignFrames, out ulong address)
        {
            address = 0;
            if (count <= 0 || alignFrames <= 0 || (alignFrames & (alignFrames - 1)) != 0) return false;
            // Alignment is of the physical address, so start from the first aligned frame at or after _base.
            ulong alignBytes = (ulong)alignFrames * PageSize.Bytes;
            int first = (int)((((_base + alignBytes - 1) & ~(alignBytes - 1)) - _base) >> PageSize.Shift);
            for (int start = first; start + count <= _frameCount; start += alignFrames)
            {
                int used = LastUsedIn(start, count);
                if (used < 0)
                {
                    for (int frame = start; frame < start + count; frame++) Mark(frame);
                    address = AddressOf(start);
                    return true;
                }
                // Skip ahead past the used frame, keeping alignment.
                while (start + alignFrames <= used) start += alignFrames;
            }
            return false;
        }

        /// <summary>Returns frames to the allocator. Freeing a frame that is not allocated is a kernel bug and is reported.</summary>
        public FrameError Free(ulong address, int count)
        {
            if (!PageSize.IsAligned(address)) return FrameError.Misaligned;
            if (!Contains(address) || count <= 0 || address + (ulong)count * PageSize.Bytes > End) return FrameError.OutOfRange;
            int first = (int)((address - _base) >> PageSize.Shift);
            for (int frame = first; frame < first + count; frame++)
            {
                if (!IsUsed(frame)) return FrameError.NotAllocated;
            }
            for (int frame = first; frame < first + count; frame++)
            {
                _bitmap[frame / 64] &= ~(1UL << (frame % 64));
                _usedCount--;
            }
            if (first / 64 < _searchWord) _searchWord = first / 64;
            return FrameError.None;
        }

        public bool IsAllocated(ulong address) => Contains(address) && IsUsed((int)((address - _base) >> PageSize.Shift));

        private ulong AddressOf(int frame) => _base + ((ulong)frame << PageSize.Shift);

        private bool IsUsed(int frame) => (_bitmap[frame / 64] & (1UL << (frame % 64))) != 0;

        private void Mark(int frame)
        {
            _bitmap[frame / 64] |= 1UL << (frame % 64);
            _usedCount++;
        }

        /// <summary>The last used frame in [start, start + count), or -1 if all are free.</summary>
        private int LastUsedIn(int start, int count)
        {
            for (int frame = start + count - 1; frame >= start; frame--)
            {
                if (IsUsed(frame)) return frame;
            }
            return -1;
        }
    }
}
