// virtio-blk (virtio 1.2, section 5.2): feature bits, configuration space, request header.
using Rivet;

namespace Rivet.Drivers.Virtio
{
    /// <summary>Block device feature bits (virtio 1.2, 5.2.3).</summary>
    [BitNumbers("VirtioBlkFeatures", typeof(ulong))]
    public enum VirtioBlkFeatureBit
    {
        SizeMax = 1,
        SegMax = 2,
        Geometry = 4,
        ReadOnly = 5,
        BlkSize = 6,
        Flush = 9,
        Topology = 10,
        ConfigWce = 11,
        Mq = 12,
        Discard = 13,
        WriteZeroes = 14,
        Lifetime = 15,
        SecureErase = 16,
    }

    /// <summary>virtio_blk_req.type (virtio 1.2, 5.2.6).</summary>
    public enum VirtioBlkRequestType : uint
    {
        In = 0,
        Out = 1,
        Flush = 4,
        GetId = 8,
        GetLifetime = 10,
        Discard = 11,
        WriteZeroes = 13,
        SecureErase = 14,
    }

    /// <summary>virtio_blk_req.status, the byte the device writes last (virtio 1.2, 5.2.6).</summary>
    public enum VirtioBlkStatus : byte
    {
        Ok = 0,
        IoError = 1,
        Unsupported = 2,
    }

    /// <summary>The part of struct virtio_blk_req before the data (virtio 1.2, 5.2.6).</summary>
    [FixedLayout(Specification = "virtio 1.2, 5.2.6 (struct virtio_blk_req: type, reserved, sector)")]
    [FixedLayoutField("Type", typeof(VirtioBlkRequestType))]
    [FixedLayoutField("Reserved", typeof(uint))]
    [FixedLayoutField("Sector", typeof(ulong))]
    public partial struct VirtioBlkRequestHeader;

    [FixedLayout(Specification = "virtio 1.2, 5.2.4 (struct virtio_blk_geometry)")]
    [FixedLayoutField("Cylinders", typeof(ushort))]
    [FixedLayoutField("Heads", typeof(byte))]
    [FixedLayoutField("Sectors", typeof(byte))]
    public partial struct VirtioBlkGeometry;

    [FixedLayout(Specification = "virtio 1.2, 5.2.4 (struct virtio_blk_topology)")]
    [FixedLayoutField("PhysicalBlockExp", typeof(byte))]
    [FixedLayoutField("AlignmentOffset", typeof(byte))]
    [FixedLayoutField("MinIoSize", typeof(ushort))]
    [FixedLayoutField("OptIoSize", typeof(uint))]
    public partial struct VirtioBlkTopology;

    /// <summary>The device configuration space at virtio-mmio offset 0x100 (virtio 1.2, 5.2.4).</summary>
    [FixedLayout(Specification = "virtio 1.2, 5.2.4 (struct virtio_blk_config)")]
    [FixedLayoutField("Capacity", typeof(ulong))]
    [FixedLayoutField("SizeMax", typeof(uint))]
    [FixedLayoutField("SegMax", typeof(uint))]
    [FixedLayoutField("Geometry", typeof(VirtioBlkGeometry))]
    [FixedLayoutField("BlkSize", typeof(uint))]
    [FixedLayoutField("Topology", typeof(VirtioBlkTopology))]
    [FixedLayoutField("Writeback", typeof(byte))]
    [FixedLayoutField("Unused0", typeof(byte))]
    [FixedLayoutField("NumQueues", typeof(ushort))]
    [FixedLayoutField("MaxDiscardSectors", typeof(uint))]
    [FixedLayoutField("MaxDiscardSeg", typeof(uint))]
    [FixedLayoutField("DiscardSectorAlignment", typeof(uint))]
    [FixedLayoutField("MaxWriteZeroesSectors", typeof(uint))]
    [FixedLayoutField("MaxWriteZeroesSeg", typeof(uint))]
    [FixedLayoutField("WriteZeroesMayUnmap", typeof(byte))]
    [FixedLayoutField("Unused1", typeof(byte), Count = 3)]
    [FixedLayoutField("MaxSecureEraseSectors", typeof(uint))]
    [FixedLayoutField("MaxSecureEraseSeg", typeof(uint))]
    [FixedLayoutField("SecureEraseSectorAlignment", typeof(uint))]
    public partial struct VirtioBlkConfig;
}
