using Microsoft.CodeAnalysis;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>
    /// The generated virtio layouts against the numbers of the virtio 1.2 specification
    /// (sections cited per case). The C structs in the spec have these offsets under C's rules.
    /// </summary>
    public class VirtioLayoutTests
    {
        private const string Ns = "Rivet.Drivers.Virtio.";
        private static readonly Compilation s_generated = Declarations.Generated("rv64");

        [Theory]
        // 2.7.5 struct virtq_desc: le64 addr; le32 len; le16 flags; le16 next; — 16 bytes (2.7.10 table).
        [InlineData("VirtqDescLayout", "Addr", 0)]
        [InlineData("VirtqDescLayout", "Len", 8)]
        [InlineData("VirtqDescLayout", "Flags", 12)]
        [InlineData("VirtqDescLayout", "Next", 14)]
        [InlineData("VirtqDescLayout", "Size", 16)]
        // 2.7.6 struct virtq_avail: le16 flags; le16 idx; le16 ring[]; le16 used_event;
        [InlineData("VirtqAvailLayout", "Flags", 0)]
        [InlineData("VirtqAvailLayout", "Idx", 2)]
        [InlineData("VirtqAvailLayout", "Ring", 4)]
        [InlineData("VirtqAvailLayout", "RingElementSize", 2)]
        // 2.7.8 struct virtq_used_elem: le32 id; le32 len; struct virtq_used: flags, idx, ring[], avail_event.
        [InlineData("VirtqUsedElemLayout", "Id", 0)]
        [InlineData("VirtqUsedElemLayout", "Len", 4)]
        [InlineData("VirtqUsedElemLayout", "Size", 8)]
        [InlineData("VirtqUsedLayout", "Flags", 0)]
        [InlineData("VirtqUsedLayout", "Idx", 2)]
        [InlineData("VirtqUsedLayout", "Ring", 4)]
        [InlineData("VirtqUsedLayout", "RingElementSize", 8)]
        // 5.2.6 struct virtio_blk_req: le32 type; le32 reserved; le64 sector; then data, then u8 status.
        [InlineData("VirtioBlkRequestHeaderLayout", "Type", 0)]
        [InlineData("VirtioBlkRequestHeaderLayout", "Reserved", 4)]
        [InlineData("VirtioBlkRequestHeaderLayout", "Sector", 8)]
        [InlineData("VirtioBlkRequestHeaderLayout", "Size", 16)]
        // 5.2.4 struct virtio_blk_config.
        [InlineData("VirtioBlkConfigLayout", "Capacity", 0)]
        [InlineData("VirtioBlkConfigLayout", "SizeMax", 8)]
        [InlineData("VirtioBlkConfigLayout", "SegMax", 12)]
        [InlineData("VirtioBlkConfigLayout", "Geometry", 16)]
        [InlineData("VirtioBlkConfigLayout", "BlkSize", 20)]
        [InlineData("VirtioBlkConfigLayout", "Topology", 24)]
        [InlineData("VirtioBlkConfigLayout", "Writeback", 32)]
        [InlineData("VirtioBlkConfigLayout", "NumQueues", 34)]
        [InlineData("VirtioBlkConfigLayout", "MaxDiscardSectors", 36)]
        [InlineData("VirtioBlkConfigLayout", "MaxWriteZeroesSectors", 48)]
        [InlineData("VirtioBlkConfigLayout", "WriteZeroesMayUnmap", 56)]
        [InlineData("VirtioBlkConfigLayout", "Unused1", 57)]
        [InlineData("VirtioBlkConfigLayout", "MaxSecureEraseSectors", 60)]
        [InlineData("VirtioBlkConfigLayout", "SecureEraseSectorAlignment", 68)]
        [InlineData("VirtioBlkConfigLayout", "Size", 72)]
        [InlineData("VirtioBlkGeometryLayout", "Heads", 2)]
        [InlineData("VirtioBlkGeometryLayout", "Sectors", 3)]
        [InlineData("VirtioBlkTopologyLayout", "MinIoSize", 2)]
        [InlineData("VirtioBlkTopologyLayout", "OptIoSize", 4)]
        public void Layout_matches_the_specification(string layout, string member, int expected) =>
            Assert.Equal(expected, Constants.Int(s_generated, Ns + layout, member));

        [Theory]
        // 2.7.10: the available ring takes 6 + 2 * queue size bytes, the used ring 6 + 8 * queue size.
        [InlineData("VirtqAvailLayout", 2)]
        [InlineData("VirtqUsedLayout", 8)]
        public void Ring_sizes_match_the_alignment_table(string layout, int bytesPerEntry)
        {
            var ring = Constants.Int(s_generated, Ns + layout, "Ring");
            var element = Constants.Int(s_generated, Ns + layout, "RingElementSize");

            Assert.Equal(bytesPerEntry, element);
            Assert.Equal(4, ring); // flags + idx before the ring, the trailing event index after: 6 bytes.
        }

        [Theory]
        // 4.2.2 (version 2) and 4.2.4 (legacy): selected offsets from the register tables.
        [InlineData("VirtioMmio", "MagicValue", 0x000)]
        [InlineData("VirtioMmio", "QueueReady", 0x044)]
        [InlineData("VirtioMmio", "QueueNotify", 0x050)]
        [InlineData("VirtioMmio", "Status", 0x070)]
        [InlineData("VirtioMmio", "QueueDescLow", 0x080)]
        [InlineData("VirtioMmio", "QueueDeviceHigh", 0x0A4)]
        [InlineData("VirtioMmio", "ConfigGeneration", 0x0FC)]
        [InlineData("VirtioMmio", "Config", 0x100)]
        [InlineData("VirtioMmioLegacy", "GuestPageSize", 0x028)]
        [InlineData("VirtioMmioLegacy", "QueueAlign", 0x03C)]
        [InlineData("VirtioMmioLegacy", "QueuePfn", 0x040)]
        [InlineData("VirtioMmioLegacy", "Status", 0x070)]
        public void Mmio_offsets_match_the_specification(string map, string register, int expected) =>
            Assert.Equal(expected, Constants.Int(s_generated, Ns + map, register));

        [Theory]
        // 2.1: ACKNOWLEDGE 1, DRIVER 2, DRIVER_OK 4, FEATURES_OK 8, DEVICE_NEEDS_RESET 64, FAILED 128.
        [InlineData("DeviceStatus", "Acknowledge", 1UL)]
        [InlineData("DeviceStatus", "DriverOk", 4UL)]
        [InlineData("DeviceStatus", "FeaturesOk", 8UL)]
        [InlineData("DeviceStatus", "Failed", 128UL)]
        // 6: VIRTIO_F_VERSION_1 is bit 32; 5.2.3: VIRTIO_BLK_F_FLUSH is bit 9.
        [InlineData("VirtioFeatures", "Version1", 1UL << 32)]
        [InlineData("VirtioFeatures", "EventIdx", 1UL << 29)]
        [InlineData("VirtioBlkFeatures", "Flush", 1UL << 9)]
        public void Bits_match_the_specification(string flags, string member, ulong expected) =>
            Assert.Equal(expected, System.Convert.ToUInt64(Constants.EnumMember(s_generated, Ns + flags, member)));
    }
}
