using Rivet.Kernel.Log;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// The kernel heap: a <see cref="LinkedListHeap"/> under a spin lock that grows by whole
    /// frame runs from <see cref="PhysicalFrames"/>. It backs <c>new</c>: the runtime's object
    /// allocator (rivet_alloc) takes its chunks from rivet_platform_alloc_pages, which the
    /// platform forwards to <see cref="ProvidePages"/> once the kernel took over page provisioning.
    /// Exhaustion is logged with the heap's state before the runtime raises OutOfMemoryException.
    /// </summary>
    internal static unsafe class KernelHeap
    {
        /// <summary>The heap grows in runs of at least this many frames (256 KiB).</summary>
        private const int GrowthFrames = 64;

        private static LinkedListHeap s_heap;
        private static SpinLock s_lock;

        public static nuint FreeBytes => s_heap.FreeBytes;
        public static nuint TotalBytes => s_heap.TotalBytes;

        /// <summary>Gives the heap its first run of frames.</summary>
        public static bool Initialize(int frames) => Grow(frames);

        /// <summary><paramref name="size"/> bytes aligned to <paramref name="alignment"/>, or null after reporting exhaustion.</summary>
        public static byte* Allocate(nuint size, nuint alignment)
        {
            byte* block;
            using (s_lock.Lock())
            {
                block = s_heap.Allocate(size, alignment);
            }
            if (block != null) return block;

            // The header granule and alignment slack need room beyond the request itself.
            ulong needed = (ulong)size + (ulong)alignment + LinkedListHeap.Granule;
            int frames = (int)(PageSize.AlignUp(needed) >> PageSize.Shift);
            if (frames < GrowthFrames) frames = GrowthFrames;
            if (Grow(frames))
            {
                using (s_lock.Lock())
                {
                    block = s_heap.Allocate(size, alignment);
                }
            }
            if (block == null) ReportExhaustion(size, alignment);
            return block;
        }

        public static void Free(byte* block)
        {
            HeapError error;
            using (s_lock.Lock())
            {
                error = s_heap.Free(block);
            }
            if (error == HeapError.DoubleFree) Panic.KernelPanic.Halt("kernel heap: block freed twice");
            if (error == HeapError.NotAnAllocation) Panic.KernelPanic.Halt("kernel heap: freed pointer was not allocated by the heap");
        }

        /// <summary>
        /// The page provider the platform calls for rivet_platform_alloc_pages: zeroed, page-aligned
        /// memory, or null when the heap is exhausted (the runtime then throws OutOfMemoryException).
        /// </summary>
        public static void* ProvidePages(nuint bytes)
        {
            nuint rounded = (nuint)PageSize.AlignUp(bytes);
            byte* block = Allocate(rounded, (nuint)PageSize.Bytes);
            if (block == null) return null;
            for (nuint i = 0; i < rounded / 8; i++) ((ulong*)block)[i] = 0;
            return block;
        }

        private static bool Grow(int frames)
        {
            ulong run = PhysicalFrames.AllocateZeroed(frames, 1);
            if (run == 0) return false;
            using (s_lock.Lock())
            {
                s_heap.AddRegion((byte*)(nuint)run, (nuint)frames * (nuint)PageSize.Bytes);
            }
            return true;
        }

        private static void ReportExhaustion(nuint size, nuint alignment)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("kernel heap exhausted: requested "u8);
            line.AppendDecimal((ulong)size);
            line.Append(" bytes aligned to "u8);
            line.AppendDecimal((ulong)alignment);
            line.Append("; heap "u8);
            line.AppendDecimal((ulong)s_heap.TotalBytes);
            line.Append(" bytes, "u8);
            line.AppendDecimal((ulong)s_heap.FreeBytes);
            line.Append(" free in "u8);
            line.AppendDecimal((ulong)s_heap.FreeBlockCount);
            line.Append(" blocks, largest "u8);
            line.AppendDecimal((ulong)s_heap.LargestFreeBlock);
            line.Append("; free frames "u8);
            line.AppendDecimal((ulong)PhysicalFrames.FreeCount);
            KernelLog.Emit(ref line);
        }
    }
}
