using System;
using System.Collections.Generic;
using Rivet.Kernel.DeviceTree;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>Broken trees must be rejected with the error that names what is wrong (DT spec v0.4, chapter 5).</summary>
    public class MalformedDeviceTreeTests
    {
        // Header field offsets (DT spec 5.2).
        private const int TotalSizeField = 4, StructOffsetField = 8, StringsOffsetField = 12, ReservationMapField = 16;
        private const int VersionField = 20, LastCompatibleField = 24, StringsSizeField = 32, StructSizeField = 36;

        private static byte[] QemuTree() => (byte[])QemuDeviceTree.Dump("rv64", 2, 128).Clone();

        private static FdtError Open(byte[] blob) => FlattenedDeviceTree.TryOpen(blob, out _);

        private static FdtError OpenAndRead(byte[] blob)
        {
            FdtError error = FlattenedDeviceTree.TryOpen(blob, out FlattenedDeviceTree tree);
            return error != FdtError.None ? error : PlatformReader.Read(tree, out _);
        }

        private static void Patch(byte[] blob, int field, uint value) => FdtBuilder.WriteBigEndian(blob, field, value);
        private static uint Field(byte[] blob, int field) => FdtBuilder.ReadBigEndian(blob, field);

        [Fact]
        public void TruncatedTreeIsRejected()
        {
            byte[] tree = QemuTree();
            uint totalSize = Field(tree, TotalSizeField);
            Assert.Equal(FdtError.TotalSizeExceedsBlob, Open(tree.AsSpan(0, (int)totalSize - 1).ToArray()));
            Assert.Equal(FdtError.TotalSizeExceedsBlob, Open(tree.AsSpan(0, (int)totalSize / 2).ToArray()));
            Assert.Equal(FdtError.BlobTooSmall, Open(tree.AsSpan(0, 39).ToArray()));
            Assert.Equal(FdtError.BlobTooSmall, Open(Array.Empty<byte>()));
            Assert.Equal(FdtError.None, Open(tree.AsSpan(0, (int)totalSize).ToArray()));
        }

        [Fact]
        public void ATotalSizeBeyondTheKernelsLimitIsRejectedBeforeAnythingIsRead()
        {
            byte[] tree = QemuTree();
            Patch(tree, TotalSizeField, FlattenedDeviceTree.MaxSize + 1u);
            Assert.Equal(FdtError.TooLarge, Open(tree.AsSpan(0, FdtHeader.Size).ToArray()));
            Patch(tree, TotalSizeField, FlattenedDeviceTree.MaxSize);
            Assert.Equal(FdtError.TotalSizeExceedsBlob, Open(tree));
        }

        [Fact]
        public void BadMagicIsRejected()
        {
            byte[] tree = QemuTree();
            tree[0] ^= 0x01;
            Assert.Equal(FdtError.BadMagic, Open(tree));
        }

        [Fact]
        public void IncompatibleVersionIsRejected()
        {
            byte[] tree = QemuTree();
            Patch(tree, LastCompatibleField, 18);
            Assert.Equal(FdtError.UnsupportedVersion, Open(tree));
            tree = QemuTree();
            Patch(tree, VersionField, 15);
            Assert.Equal(FdtError.UnsupportedVersion, Open(tree));
        }

        [Theory]
        [InlineData(StructOffsetField, 0xFFFFFFF0u)]
        [InlineData(StringsOffsetField, 0x7FFFFFFFu)]
        [InlineData(StructSizeField, 0x00100000u)]
        [InlineData(StringsSizeField, 0xFFFFFFFFu)]
        [InlineData(ReservationMapField, 0xFFFFFFF8u)]
        public void BlockOutsideTotalSizeIsRejected(int field, uint value)
        {
            byte[] tree = QemuTree();
            Patch(tree, field, value);
            Assert.Equal(FdtError.BlockOutOfBounds, Open(tree));
        }

        [Fact]
        public void MisalignedBlocksAreRejected()
        {
            byte[] tree = QemuTree();
            Patch(tree, StructOffsetField, Field(tree, StructOffsetField) + 2);
            Assert.Equal(FdtError.MisalignedBlock, Open(tree));
            tree = QemuTree();
            Patch(tree, ReservationMapField, Field(tree, ReservationMapField) + 4);
            Assert.Equal(FdtError.MisalignedBlock, Open(tree));
        }

        [Fact]
        public void OverlappingBlocksAreRejected()
        {
            byte[] tree = QemuTree();
            Patch(tree, StringsOffsetField, Field(tree, StructOffsetField) + 8);
            Patch(tree, StringsSizeField, 16);
            Assert.Equal(FdtError.OverlappingBlocks, Open(tree));

            tree = QemuTree();
            Patch(tree, StructOffsetField, 16);
            Assert.Equal(FdtError.OverlappingBlocks, Open(tree));

            tree = QemuTree();
            Patch(tree, ReservationMapField, 32);
            Assert.Equal(FdtError.OverlappingBlocks, Open(tree));
        }

        [Fact]
        public void ReservationMapWithoutTerminatorIsRejected()
        {
            byte[] tree = new FdtBuilder().BeginNode("").EndNode().End().Build();
            // Point the map at the last 16 bytes, which hold structure tokens, not a zero entry.
            Patch(tree, ReservationMapField, (uint)(tree.Length - 16) & ~7u);
            Assert.Equal(FdtError.UnterminatedReservationMap, Open(tree));
        }

        [Fact]
        public void StructureErrorsAreNamed()
        {
            Assert.Equal(FdtError.BadToken, Open(new FdtBuilder().BeginNode("").Token(7).EndNode().End().Build()));
            Assert.Equal(FdtError.UnbalancedNodes, Open(new FdtBuilder().BeginNode("").BeginNode("a").EndNode().End().Build()));
            Assert.Equal(FdtError.UnbalancedNodes, Open(new FdtBuilder().BeginNode("").EndNode().EndNode().End().Build()));
            Assert.Equal(FdtError.UnbalancedNodes, Open(new FdtBuilder().BeginNode("").EndNode().BeginNode("").EndNode().End().Build()));
            Assert.Equal(FdtError.MissingEndToken, Open(new FdtBuilder().BeginNode("").EndNode().Build()));
            Assert.Equal(FdtError.DataAfterEndToken, Open(new FdtBuilder().BeginNode("").EndNode().End().Nop().Build()));
            Assert.Equal(FdtError.RootNotFirst, Open(new FdtBuilder().BeginNode("x").EndNode().End().Build()));
            Assert.Equal(FdtError.PropertyOutsideNode, Open(new FdtBuilder().Cells("a", 1).BeginNode("").EndNode().End().Build()));
            Assert.Equal(FdtError.None, Open(new FdtBuilder().Nop().BeginNode("").Nop().EndNode().Nop().End().Build()));
        }

        [Fact]
        public void NestingBeyondTheReaderLimitIsRejected()
        {
            var builder = new FdtBuilder().BeginNode("");
            for (int i = 0; i < FlattenedDeviceTree.MaxDepth; i++) builder.BeginNode("n" + i);
            for (int i = 0; i < FlattenedDeviceTree.MaxDepth; i++) builder.EndNode();
            Assert.Equal(FdtError.NestingTooDeep, Open(builder.EndNode().End().Build()));
        }

        [Fact]
        public void PropertyLengthPastTheStructureBlockIsRejected()
        {
            byte[] tree = QemuTree();
            int property = FirstPropertyToken(tree);
            Patch(tree, property + 4, 0x10000);
            Assert.Equal(FdtError.PropertyOutOfBounds, Open(tree));
        }

        [Fact]
        public void PropertyNameOutsideTheStringsBlockIsRejected()
        {
            byte[] tree = QemuTree();
            int property = FirstPropertyToken(tree);
            Patch(tree, property + 8, Field(tree, StringsSizeField));
            Assert.Equal(FdtError.BadStringOffset, Open(tree));
        }

        [Fact]
        public void UnterminatedNamesAreRejected()
        {
            // The strings block ends in the middle of a name: cut its last NUL off.
            byte[] tree = QemuTree();
            int stringsEnd = (int)(Field(tree, StringsOffsetField) + Field(tree, StringsSizeField));
            Assert.Equal(0, tree[stringsEnd - 1]);
            Patch(tree, StringsSizeField, Field(tree, StringsSizeField) - 1);
            Assert.Equal(FdtError.UnterminatedName, Open(tree));

            // A node name running to the end of the structure block.
            byte[] node = new FdtBuilder().BeginNode("").BeginNode("abcdefg").Build();
            Assert.Equal(0, node[^1]);
            node[^1] = (byte)'x';
            Assert.Equal(FdtError.UnterminatedName, Open(node));
        }

        [Fact]
        public void EveryErrorHasItsOwnDescription()
        {
            var seen = new HashSet<string> { FdtErrors.Describe((FdtError)(-1)) };
            foreach (FdtError error in Enum.GetValues<FdtError>())
            {
                string text = FdtErrors.Describe(error);
                Assert.True(seen.Add(text), $"{error} shares its description");
            }
        }

        /// <summary>Offset in the blob of the first FDT_PROP token of the root node.</summary>
        private static int FirstPropertyToken(byte[] tree)
        {
            int structure = (int)Field(tree, StructOffsetField);
            Assert.Equal(1u, Field(tree, structure));           // FDT_BEGIN_NODE, empty root name + padding
            Assert.Equal(3u, Field(tree, structure + 8));       // FDT_PROP
            return structure + 8;
        }
    }
}
