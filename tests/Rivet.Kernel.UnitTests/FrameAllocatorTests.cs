using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Rivet.Kernel.Memory;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    public unsafe class FrameAllocatorTests : IDisposable
    {
        private const ulong Base = 0x8000_0000;
        private readonly List<IntPtr> _bitmaps = new();

        private FrameAllocator Create(int frames, ulong @base = Base)
        {
            IntPtr bitmap = (IntPtr)NativeMemory.Alloc((nuint)FrameAllocator.BitmapBytes(frames));
            new Span<byte>((void*)bitmap, (int)FrameAllocator.BitmapBytes(frames)).Fill(0xA5);   // Initialize must not trust old contents
            _bitmaps.Add(bitmap);
            var allocator = new FrameAllocator();
            allocator.Initialize(@base, frames, (ulong*)bitmap);
            return allocator;
        }

        public void Dispose()
        {
            foreach (IntPtr bitmap in _bitmaps) NativeMemory.Free((void*)bitmap);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(63)]
        [InlineData(64)]
        [InlineData(65)]
        [InlineData(1000)]
        public void HandsOutEveryFrameExactlyOnceThenReportsExhaustion(int frames)
        {
            FrameAllocator allocator = Create(frames);
            var seen = new HashSet<ulong>();
            for (int i = 0; i < frames; i++)
            {
                Assert.True(allocator.TryAllocate(out ulong frame));
                Assert.True(frame >= Base && frame < Base + (ulong)frames * 4096);
                Assert.Equal(0UL, frame % 4096);
                Assert.True(seen.Add(frame));
                Assert.Equal(i + 1, allocator.UsedCount);
            }
            Assert.Equal(0, allocator.FreeCount);
            Assert.False(allocator.TryAllocate(out _));
            Assert.False(allocator.TryAllocateContiguous(1, 1, out _));
        }

        [Fact]
        public void FreedFramesAreReusedAndCounted()
        {
            FrameAllocator allocator = Create(128);
            var frames = new List<ulong>();
            for (int i = 0; i < 128; i++) { allocator.TryAllocate(out ulong f); frames.Add(f); }
            Assert.Equal(FrameError.None, allocator.Free(frames[100], 1));
            Assert.Equal(FrameError.None, allocator.Free(frames[3], 1));
            Assert.Equal(2, allocator.FreeCount);
            Assert.True(allocator.TryAllocate(out ulong again1));
            Assert.True(allocator.TryAllocate(out ulong again2));
            Assert.Equal(new HashSet<ulong> { frames[3], frames[100] }, new HashSet<ulong> { again1, again2 });
            Assert.Equal(128, allocator.UsedCount);
        }

        [Fact]
        public void BadFreesAreReportedAndChangeNothing()
        {
            FrameAllocator allocator = Create(16);
            allocator.TryAllocate(out ulong frame);
            Assert.Equal(FrameError.Misaligned, allocator.Free(frame + 8, 1));
            Assert.Equal(FrameError.OutOfRange, allocator.Free(Base + 16 * 4096, 1));
            Assert.Equal(FrameError.OutOfRange, allocator.Free(Base - 4096, 1));
            Assert.Equal(FrameError.OutOfRange, allocator.Free(frame, 17));
            Assert.Equal(FrameError.NotAllocated, allocator.Free(frame, 2));
            Assert.Equal(1, allocator.UsedCount);
            Assert.Equal(FrameError.None, allocator.Free(frame, 1));
            Assert.Equal(FrameError.NotAllocated, allocator.Free(frame, 1));
            Assert.Equal(0, allocator.UsedCount);
        }

        [Fact]
        public void ReservedRangesAreNeverHandedOut()
        {
            FrameAllocator allocator = Create(64);
            allocator.Reserve(Base + 0x1800, Base + 0x5001);        // frames 1..5 (partial pages count)
            allocator.Reserve(Base + 0x3000, Base + 0x4000);        // already reserved: no double count
            allocator.Reserve(Base - 0x10000, Base + 1);            // clipped to frame 0
            allocator.Reserve(Base + 0x100000, Base + 0x200000);    // outside: ignored
            Assert.Equal(6, allocator.UsedCount);
            for (int i = 0; i < 58; i++)
            {
                Assert.True(allocator.TryAllocate(out ulong frame));
                Assert.True(frame >= Base + 0x6000);
            }
            Assert.False(allocator.TryAllocate(out _));
        }

        [Theory]
        [InlineData(4, 1)]
        [InlineData(3, 4)]
        [InlineData(16, 16)]
        [InlineData(2, 512)]
        public void ContiguousRunsAreAlignedFreeAndDisjoint(int count, int alignFrames)
        {
            // A base that is not itself aligned to the request: alignment is of the physical address.
            ulong @base = Base + 0x3000;
            FrameAllocator allocator = Create(2048, @base);
            allocator.TryAllocate(out _);
            allocator.Reserve(@base + 0x9000, @base + 0xA000);
            var taken = new List<(ulong Start, ulong End)>();
            while (allocator.TryAllocateContiguous(count, alignFrames, out ulong start))
            {
                Assert.Equal(0UL, start % ((ulong)alignFrames * 4096));
                ulong end = start + (ulong)count * 4096;
                Assert.True(start >= @base && end <= allocator.End);
                foreach (var (s, e) in taken) Assert.True(end <= s || start >= e, "runs overlap");
                for (ulong a = start; a < end; a += 4096) Assert.True(allocator.IsAllocated(a));
                taken.Add((start, end));
            }
            Assert.NotEmpty(taken);
            foreach (var (s, _) in taken) Assert.Equal(FrameError.None, allocator.Free(s, count));
            Assert.Equal(2, allocator.UsedCount);
        }

        [Fact]
        public void ContiguousRunSkipsAHoleTooSmall()
        {
            FrameAllocator allocator = Create(32);
            allocator.Reserve(Base + 3 * 4096, Base + 4 * 4096);
            Assert.True(allocator.TryAllocateContiguous(4, 1, out ulong start));
            Assert.Equal(Base + 4 * 4096, start);
            Assert.True(allocator.TryAllocateContiguous(4, 8, out ulong aligned));
            Assert.Equal(Base + 8 * 4096, aligned);
            Assert.False(allocator.TryAllocateContiguous(0, 1, out _));
            Assert.False(allocator.TryAllocateContiguous(1, 3, out _));
        }
    }
}
