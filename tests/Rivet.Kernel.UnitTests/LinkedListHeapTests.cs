using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Rivet.Kernel.Memory;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    public unsafe class LinkedListHeapTests : IDisposable
    {
        private readonly List<IntPtr> _regions = new();

        private byte* Region(nuint size)
        {
            IntPtr region = (IntPtr)NativeMemory.AlignedAlloc(size, 4096);
            _regions.Add(region);
            return (byte*)region;
        }

        public void Dispose()
        {
            foreach (IntPtr region in _regions) NativeMemory.AlignedFree((void*)region);
        }

        private LinkedListHeap Create(nuint size)
        {
            var heap = new LinkedListHeap();
            heap.AddRegion(Region(size), size);
            return heap;
        }

        [Fact]
        public void ManySizesAndAlignmentsNeverOverlapAndAllFreeBackIntoOneBlock()
        {
            const int RegionBytes = 1 << 20;
            LinkedListHeap heap = Create(RegionBytes);
            var random = new Random(20261125);
            var live = new List<(IntPtr Pointer, int Size, byte Fill)>();
            nuint[] alignments = { 1, 8, 16, 32, 64, 256, 4096 };
            for (int step = 0; step < 20000; step++)
            {
                if (live.Count > 0 && random.Next(3) == 0)
                {
                    int index = random.Next(live.Count);
                    var (pointer, size, fill) = live[index];
                    for (int i = 0; i < size; i++) Assert.Equal(fill, ((byte*)pointer)[i]);   // nobody else wrote here
                    Assert.Equal(HeapError.None, heap.Free((byte*)pointer));
                    live.RemoveAt(index);
                    continue;
                }
                int request = random.Next(4) == 0 ? random.Next(1, 9000) : random.Next(1, 200);
                nuint alignment = alignments[random.Next(alignments.Length)];
                byte* block = heap.Allocate((nuint)request, alignment);
                if (block == null) continue;
                Assert.Equal(0UL, (ulong)block % Math.Max(16UL, alignment));
                byte fillByte = (byte)(step | 1);
                new Span<byte>(block, request).Fill(fillByte);
                live.Add(((IntPtr)block, request, fillByte));
            }
            foreach (var (pointer, _, _) in live) Assert.Equal(HeapError.None, heap.Free((byte*)pointer));
            Assert.Equal(heap.TotalBytes, heap.FreeBytes);
            Assert.Equal(1, heap.FreeBlockCount);
            Assert.Equal((nuint)RegionBytes, heap.LargestFreeBlock);
        }

        [Fact]
        public void NeighboursCoalesceInAnyFreeOrder()
        {
            LinkedListHeap heap = Create(4096);
            byte* a = heap.Allocate(100, 16);
            byte* b = heap.Allocate(100, 16);
            byte* c = heap.Allocate(100, 16);
            Assert.True(a < b && b < c);
            Assert.Equal(1, heap.FreeBlockCount);            // the tail
            heap.Free(a);
            Assert.Equal(2, heap.FreeBlockCount);
            heap.Free(c);                                      // merges with the tail
            Assert.Equal(2, heap.FreeBlockCount);
            heap.Free(b);                                      // joins both sides
            Assert.Equal(1, heap.FreeBlockCount);
            Assert.Equal((nuint)4096, heap.LargestFreeBlock);
        }

        [Fact]
        public void FreedSpaceIsReusedFirstFit()
        {
            LinkedListHeap heap = Create(4096);
            byte* a = heap.Allocate(64, 16);
            heap.Allocate(64, 16);
            heap.Free(a);
            Assert.Equal((ulong)a, (ulong)heap.Allocate(48, 16));
        }

        [Fact]
        public void ExhaustionReturnsNullAndLeavesTheHeapUsable()
        {
            LinkedListHeap heap = Create(8192);
            Assert.True(heap.Allocate(8192, 16) == null);       // the header needs room too
            byte* big = heap.Allocate(8192 - 16, 16);
            Assert.True(big != null);
            Assert.Equal((nuint)0, heap.FreeBytes);
            Assert.True(heap.Allocate(1, 16) == null);
            heap.Free(big);
            Assert.True(heap.Allocate(4000, 4096) != null);
        }

        [Fact]
        public void LargeAlignmentKeepsTheGapInFront()
        {
            LinkedListHeap heap = Create(3 * 4096);
            byte* small = heap.Allocate(16, 16);
            byte* aligned = heap.Allocate(100, 4096);
            Assert.Equal(0UL, (ulong)aligned % 4096);
            byte* filler = heap.Allocate(1000, 16);
            Assert.True(filler > small && filler < aligned, "the gap before the aligned block stays usable");
        }

        [Fact]
        public void BadFreesAreReported()
        {
            LinkedListHeap heap = Create(4096);
            byte* a = heap.Allocate(32, 16);
            Assert.Equal(HeapError.NotAnAllocation, heap.Free(a + 1));
            Assert.Equal(HeapError.None, heap.Free(a));
            Assert.Equal(HeapError.DoubleFree, heap.Free(a));
            Assert.Equal(HeapError.None, heap.Free(null));
            Assert.True(heap.Allocate(0, 16) == null);
            Assert.True(heap.Allocate(16, 24) == null);            // not a power of two
        }

        [Fact]
        public void RegionsAddUp()
        {
            var heap = new LinkedListHeap();
            heap.AddRegion(Region(4096) + 3, 4000);                // trimmed to the granule
            heap.AddRegion(Region(8192), 8192);
            Assert.Equal(2, heap.FreeBlockCount);
            Assert.Equal((nuint)(8192 + 3984), heap.TotalBytes);
            Assert.True(heap.Allocate(6000, 16) != null);
        }
    }
}
