using Rivet.Kernel.Memory;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>
    /// Page tables checked bit by bit against the privileged spec 20211203: Sv39 (4.4.1, figure 4.21:
    /// PPN in bits 53..10, flags V R W X U G A D in bits 0..7, 3 levels of 9-bit indices) and Sv32
    /// (4.3.1, figure 4.18: PPN in bits 31..10, 2 levels of 10-bit indices), satp per 4.1.11.
    /// </summary>
    public class PageTableTests
    {
        private const ulong KiB4 = 4096, MiB2 = 2UL << 20, MiB4 = 4UL << 20, GiB1 = 1UL << 30;
        private const ulong TableFrames = 0x9000_0000;

        private static (PageTable<FakePhysicalMemory> Table, FakePhysicalMemory Memory) Create(PagingMode mode, int frameLimit = int.MaxValue)
        {
            var memory = new FakePhysicalMemory(TableFrames, frameLimit);
            Assert.Equal(MapError.None, PageTable<FakePhysicalMemory>.TryCreate(memory, mode, out var table));
            return (table, memory);
        }

        [Fact]
        public void Sv39LeafEntryHasTheSpecBitLayout()
        {
            var (table, memory) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.None, table.Map(0x8020_3000, 0x8040_5000, KiB4, PageFlags.Read | PageFlags.Write | PageFlags.Global, allowSuperpages: false));

            // VPN[2] = va[38:30] = 2, VPN[1] = va[29:21] = 1, VPN[0] = va[20:12] = 3.
            var root = memory.ValidEntries(table.Root, PagingMode.Sv39);
            Assert.Equal(new[] { 2 }, root.Keys);
            Assert.Equal(0x1UL, root[2] & 0x3FF);                      // pointer: V only, R=W=X=0
            ulong level1 = (root[2] >> 10) << 12;
            var middle = memory.ValidEntries(level1, PagingMode.Sv39);
            Assert.Equal(new[] { 1 }, middle.Keys);
            ulong level0 = (middle[1] >> 10) << 12;
            var leaves = memory.ValidEntries(level0, PagingMode.Sv39);
            Assert.Equal(new[] { 3 }, leaves.Keys);
            ulong leaf = leaves[3];
            Assert.Equal(0x8040_5UL, leaf >> 10);                      // PPN = pa >> 12, at bit 10
            Assert.Equal(0b1110_0111UL, leaf & 0x3FF);                  // D A G . . W R V
            Assert.Equal(0UL, leaf >> 54);                              // bits 63..54 reserved zero
            Assert.Equal(3, memory.FramesAllocated);                   // root, level 1, level 0
        }

        [Fact]
        public void Sv32LeafEntryHasTheSpecBitLayoutIncludingA34BitAddress()
        {
            var (table, memory) = Create(PagingMode.Sv32);
            Assert.Equal(MapError.None, table.Map(0xC040_1000, 0x3_1234_5000, KiB4, PageFlags.Read | PageFlags.Execute, allowSuperpages: false));

            // VPN[1] = va[31:22] = 0x301, VPN[0] = va[21:12] = 1.
            var root = memory.ValidEntries(table.Root, PagingMode.Sv32);
            Assert.Equal(new[] { 0x301 }, root.Keys);
            Assert.Equal(0x1UL, root[0x301] & 0x3FF);
            var leaves = memory.ValidEntries((root[0x301] >> 10) << 12, PagingMode.Sv32);
            Assert.Equal(new[] { 1 }, leaves.Keys);
            Assert.Equal(0x3_1234_5UL, leaves[1] >> 10);               // 22-bit PPN fills bits 31..10
            Assert.Equal(0b0100_1011UL, leaves[1] & 0x3FF);             // A . . . X . R V
            Assert.True(table.Translate(0xC040_1ABC, out ulong pa, out _, out _));
            Assert.Equal(0x3_1234_5ABCUL, pa);
        }

        [Fact]
        public void SatpSelectsTheModeAndRoot()
        {
            var (sv39, _) = Create(PagingMode.Sv39);
            Assert.Equal(8UL << 60 | TableFrames >> 12, sv39.Satp);
            var (sv32, _) = Create(PagingMode.Sv32);
            Assert.Equal(1UL << 31 | TableFrames >> 12, sv32.Satp);
        }

        [Fact]
        public void KernelImageLayoutKeepsWriteXorExecuteAndLeavesAGuardHole()
        {
            var (table, _) = Create(PagingMode.Sv39);
            const ulong Text = 0x8000_0000, Rodata = 0x8000_4000, Data = 0x8000_6000, Guard = 0x8000_8000, Stack = 0x8000_9000;
            Assert.Equal(MapError.None, table.Map(Text, Text, Rodata - Text, PageFlags.Read | PageFlags.Execute, true));
            Assert.Equal(MapError.None, table.Map(Rodata, Rodata, Data - Rodata, PageFlags.Read, true));
            Assert.Equal(MapError.None, table.Map(Data, Data, Guard - Data, PageFlags.Read | PageFlags.Write, true));
            Assert.Equal(MapError.None, table.Map(Stack, Stack, 2 * KiB4, PageFlags.Read | PageFlags.Write, true));

            for (ulong va = Text; va < Stack + 2 * KiB4; va += KiB4)
            {
                bool mapped = table.Translate(va + 8, out ulong pa, out PageFlags flags, out ulong pageBytes);
                Assert.Equal(va != Guard, mapped);
                if (!mapped) continue;
                Assert.Equal(va + 8, pa);
                Assert.Equal(KiB4, pageBytes);                          // unaligned stretches never get superpages
                Assert.False((flags & PageFlags.Write) != 0 && (flags & PageFlags.Execute) != 0, $"W+X at {va:x}");
                PageFlags expected = va < Rodata ? PageFlags.Read | PageFlags.Execute : va < Data ? PageFlags.Read : PageFlags.Read | PageFlags.Write;
                Assert.Equal(expected, flags & (PageFlags.Read | PageFlags.Write | PageFlags.Execute));
                Assert.Equal((flags & PageFlags.Write) != 0, (flags & PageFlags.Dirty) != 0);
                Assert.True((flags & PageFlags.Accessed) != 0);
            }
        }

        [Fact]
        public void AlignedStretchesUseSuperpagesAtEveryLevel()
        {
            var (sv39, memory39) = Create(PagingMode.Sv39);
            // 1 GiB-aligned gigapage, then 2 MiB megapages, then 4 KiB pages for the unaligned tail.
            Assert.Equal(MapError.None, sv39.Map(0x4000_0000, 0x4000_0000, GiB1 + 2 * MiB2 + 3 * KiB4, PageFlags.Read | PageFlags.Write, true));
            Assert.True(sv39.Translate(0x4000_0000 + 12345, out ulong pa, out _, out ulong bytes));
            Assert.Equal(0x4000_0000UL + 12345, pa);
            Assert.Equal(GiB1, bytes);
            Assert.True(sv39.Translate(0x8000_0000 + MiB2 + 7, out _, out _, out bytes));
            Assert.Equal(MiB2, bytes);
            Assert.True(sv39.Translate(0x8000_0000 + 2 * MiB2 + 2 * KiB4, out _, out _, out bytes));
            Assert.Equal(KiB4, bytes);
            Assert.False(sv39.Translate(0x8000_0000 + 2 * MiB2 + 3 * KiB4, out _, out _, out _));
            Assert.Equal(3, memory39.FramesAllocated);                  // root, one level-1 table, one level-0 table

            var (sv32, memory32) = Create(PagingMode.Sv32);
            Assert.Equal(MapError.None, sv32.Map(0x8000_0000, 0x8000_0000, 2 * MiB4, PageFlags.Read, true));
            Assert.True(sv32.Translate(0x8040_0010, out pa, out _, out bytes));
            Assert.Equal(0x8040_0010UL, pa);
            Assert.Equal(MiB4, bytes);
            Assert.Equal(1, memory32.FramesAllocated);                  // megapages live in the root table
        }

        [Fact]
        public void SuperpageAlignmentFollowsBothAddresses()
        {
            var (table, _) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.None, table.Map(0x8000_0000, 0x8000_1000, MiB2, PageFlags.Read, true));
            Assert.True(table.Translate(0x8000_0000, out _, out _, out ulong bytes));
            Assert.Equal(KiB4, bytes);
        }

        [Fact]
        public void OverlapsAreRefused()
        {
            var (table, _) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.None, table.Map(0x8000_0000, 0x8000_0000, MiB2, PageFlags.Read, true));
            Assert.Equal(MapError.AlreadyMapped, table.Map(0x8000_0000 + KiB4, 0x1000, KiB4, PageFlags.Read, false));
            Assert.Equal(MapError.None, table.Map(0x8020_0000, 0x1000, KiB4, PageFlags.Read, false));
            Assert.Equal(MapError.AlreadyMapped, table.Map(0x8020_0000, 0x8020_0000, MiB2, PageFlags.Read, true));
        }

        [Theory]
        [InlineData(PageFlags.Write)]
        [InlineData(PageFlags.Write | PageFlags.Execute)]
        [InlineData(PageFlags.None)]
        [InlineData(PageFlags.User)]
        [InlineData(PageFlags.Read | PageFlags.Dirty)]
        [InlineData(PageFlags.Read | PageFlags.Valid)]
        public void ReservedOrMeaninglessPermissionsAreRefused(PageFlags permissions)
        {
            var (table, _) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.BadPermissions, table.Map(0x8000_0000, 0x8000_0000, KiB4, permissions, false));
        }

        [Fact]
        public void AddressesOutsideTheModeAreRefused()
        {
            var (sv39, _) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.Misaligned, sv39.Map(0x8000_0800, 0x8000_0000, KiB4, PageFlags.Read, false));
            Assert.Equal(MapError.Misaligned, sv39.Map(0x8000_0000, 0x8000_0000, 100, PageFlags.Read, false));
            Assert.Equal(MapError.BadVirtualAddress, sv39.Map(0x40_0000_0000, 0, KiB4, PageFlags.Read, false));          // bit 38 set, 63..39 clear
            Assert.Equal(MapError.BadVirtualAddress, sv39.Map(0x3F_FFFF_F000, 0, 2 * KiB4, PageFlags.Read, false));      // crosses the hole
            Assert.Equal(MapError.None, sv39.Map(0xFFFF_FFC0_0000_0000, 0x8000_0000, KiB4, PageFlags.Read, false));       // upper half is valid
            Assert.True(sv39.Translate(0xFFFF_FFC0_0000_0010, out ulong pa, out _, out _));
            Assert.Equal(0x8000_0010UL, pa);
            Assert.Equal(MapError.BadPhysicalAddress, sv39.Map(0x1000, 1UL << 56, KiB4, PageFlags.Read, false));

            var (sv32, _) = Create(PagingMode.Sv32);
            Assert.Equal(MapError.BadVirtualAddress, sv32.Map(0x1_0000_0000, 0, KiB4, PageFlags.Read, false));
            Assert.Equal(MapError.BadPhysicalAddress, sv32.Map(0x1000, 1UL << 34, KiB4, PageFlags.Read, false));
        }

        [Fact]
        public void RunningOutOfTableFramesIsReported()
        {
            var (table, _) = Create(PagingMode.Sv39, frameLimit: 2);
            Assert.Equal(MapError.OutOfFrames, table.Map(0x8000_0000, 0x8000_0000, KiB4, PageFlags.Read, false));
            var none = new FakePhysicalMemory(TableFrames, 0);
            Assert.Equal(MapError.OutOfFrames, PageTable<FakePhysicalMemory>.TryCreate(none, PagingMode.Sv39, out _));
        }

        [Theory]
        [InlineData(nameof(PagingMode.Sv39), 0xFFFF_FFC0_0000_1000UL)]
        [InlineData(nameof(PagingMode.Sv32), 0xF000_1000UL)]
        public void UnmapRemovesExactlyTheGivenPagesAndCanBeRemappedAfterwards(string mode, ulong va)
        {
            PagingMode paging = mode == nameof(PagingMode.Sv39) ? PagingMode.Sv39 : PagingMode.Sv32;
            var (table, _) = Create(paging);
            Assert.Equal(MapError.None, table.Map(va, 0x8060_0000, 4 * KiB4, PageFlags.Read | PageFlags.Write, allowSuperpages: false));

            Assert.Equal(MapError.None, table.Unmap(va + KiB4, 2 * KiB4));
            Assert.True(table.Translate(va, out ulong first, out _, out _));
            Assert.Equal(0x8060_0000UL, first);
            Assert.False(table.Translate(va + KiB4, out _, out _, out _));
            Assert.False(table.Translate(va + 2 * KiB4 + 8, out _, out _, out _));
            Assert.True(table.Translate(va + 3 * KiB4, out ulong last, out _, out _));
            Assert.Equal(0x8060_3000UL, last);

            Assert.Equal(MapError.None, table.Map(va + KiB4, 0x8070_0000, 2 * KiB4, PageFlags.Read | PageFlags.Write, allowSuperpages: false));
            Assert.True(table.Translate(va + 2 * KiB4, out ulong remapped, out _, out _));
            Assert.Equal(0x8070_1000UL, remapped);
        }

        [Fact]
        public void UnmapRefusesHolesAndSuperpagesAndChangesNothing()
        {
            var (table, _) = Create(PagingMode.Sv39);
            Assert.Equal(MapError.None, table.Map(0x8000_0000, 0x8000_0000, MiB2, PageFlags.Read | PageFlags.Write, allowSuperpages: true));
            Assert.Equal(MapError.None, table.Map(0x9000_0000, 0x9000_0000, KiB4, PageFlags.Read, allowSuperpages: false));

            Assert.Equal(MapError.NotMapped, table.Unmap(0x8000_0000, KiB4));             // inside a 2 MiB superpage
            Assert.Equal(MapError.NotMapped, table.Unmap(0x9000_0000, 2 * KiB4));         // second page is a hole
            Assert.Equal(MapError.Misaligned, table.Unmap(0x9000_0800, KiB4));
            Assert.True(table.Translate(0x8000_0000, out _, out _, out _));
            Assert.True(table.Translate(0x9000_0000, out _, out _, out _));
        }

        [Theory]
        [InlineData(nameof(PagingMode.Sv39), 0xFFFF_FFC0_4000_0000UL, 2)]  // 4 MiB = two level-0 tables, under one new level-1 table
        [InlineData(nameof(PagingMode.Sv32), 0xF100_0000UL, 1)]            // 4 MiB = one level-0 table
        public void PreparedTablesLetLaterMappingsThereNeedNoFrames(string mode, ulong window, int leafTables)
        {
            PagingMode paging = mode == nameof(PagingMode.Sv39) ? PagingMode.Sv39 : PagingMode.Sv32;
            var (table, memory) = Create(paging);
            int before = memory.FramesAllocated;
            Assert.Equal(MapError.None, table.PrepareTables(window, MiB4));
            int tables = memory.FramesAllocated - before;
            Assert.Equal(mode == nameof(PagingMode.Sv39) ? leafTables + 1 : leafTables, tables);

            for (ulong offset = 0; offset < MiB4; offset += 64 * KiB4)
                Assert.Equal(MapError.None, table.Map(window + offset, 0x8000_0000 + offset, KiB4, PageFlags.Read | PageFlags.Write, allowSuperpages: false));
            Assert.Equal(before + tables, memory.FramesAllocated);
            Assert.True(table.Translate(window + 64 * KiB4, out ulong pa, out _, out _));
            Assert.Equal(0x8004_0000UL, pa);
        }
    }
}
