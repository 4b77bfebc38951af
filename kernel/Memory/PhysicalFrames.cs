using Rivet.Kernel.Panic;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Memory
{
    /// <summary>The kernel's one <see cref="FrameAllocator"/>, shared by all harts under a spin lock.</summary>
    internal static unsafe class PhysicalFrames
    {
        private static FrameAllocator s_frames;
        private static SpinLock s_lock;

        /// <summary>
        /// Manages [start, end): the bitmap takes the first frames of the range itself. Single-threaded (boot hart, before other harts start).
        /// </summary>
        public static void Initialize(ulong start, ulong end)
        {
            start = PageSize.AlignUp(start);
            end = PageSize.AlignDown(end);
            int frames = (int)((end - start) >> PageSize.Shift);
            ulong bitmapBytes = FrameAllocator.BitmapBytes(frames);
            s_frames.Initialize(start, frames, (ulong*)(nuint)start);
            s_frames.Reserve(start, start + bitmapBytes);
        }

        public static void Reserve(ulong start, ulong end)
        {
            using (s_lock.Lock())
            {
                s_frames.Reserve(start, end);
            }
        }

        /// <summary>One zeroed frame, or 0 when none is left.</summary>
        public static ulong AllocateZeroed() => AllocateZeroed(1, 1);

        /// <summary><paramref name="count"/> zeroed consecutive frames aligned to <paramref name="alignFrames"/> frames, or 0.</summary>
        public static ulong AllocateZeroed(int count, int alignFrames)
        {
            ulong address;
            bool found;
            using (s_lock.Lock())
            {
                // A single frame comes from the bitmap's search hint instead of a scan from the start.
                found = count == 1 && alignFrames == 1
                    ? s_frames.TryAllocate(out address)
                    : s_frames.TryAllocateContiguous(count, alignFrames, out address);
            }
            if (!found) return 0;
            ulong* words = (ulong*)(nuint)address;
            for (ulong i = 0; i < (ulong)count * PageSize.Bytes / 8; i++) words[i] = 0;
            return address;
        }

        public static void Free(ulong address, int count)
        {
            FrameError error;
            using (s_lock.Lock())
            {
                error = s_frames.Free(address, count);
            }
            if (error != FrameError.None) KernelPanic.Halt(Describe(error));
        }

        public static int FreeCount => s_frames.FreeCount;
        public static int UsedCount => s_frames.UsedCount;
        public static int TotalCount => s_frames.TotalCount;
        public static ulong Start => s_frames.Base;
        public static ulong End => s_frames.End;

        private static string Describe(FrameError error) => error switch
        {
            FrameError.Misaligned => "frame free: address is not page aligned",
            FrameError.OutOfRange => "frame free: address outside the frame allocator's range",
            _ => "frame free: frame was not allocated (double free)",
        };
    }
}
