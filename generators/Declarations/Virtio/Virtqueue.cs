// Split virtqueue structures (virtio 1.2, section 2.7). The generator places the fields by C's
// rules; tests/Rivet.Generators.Tests checks every offset and size against the specification.
using System;
using Rivet;

namespace Rivet.Drivers.Virtio
{
    /// <summary>struct virtq_desc flags (virtio 1.2, 2.7.5).</summary>
    [Flags]
    public enum VirtqDescFlags : ushort
    {
        None = 0,
        Next = 1,
        Write = 2,
        Indirect = 4,
    }

    /// <summary>struct virtq_avail flags (virtio 1.2, 2.7.6).</summary>
    [Flags]
    public enum VirtqAvailFlags : ushort
    {
        None = 0,
        NoInterrupt = 1,
    }

    /// <summary>struct virtq_used flags (virtio 1.2, 2.7.8).</summary>
    [Flags]
    public enum VirtqUsedFlags : ushort
    {
        None = 0,
        NoNotify = 1,
    }

    [FixedLayout(Specification = "virtio 1.2, 2.7.5 (struct virtq_desc)")]
    [FixedLayoutField("Addr", typeof(ulong))]
    [FixedLayoutField("Len", typeof(uint))]
    [FixedLayoutField("Flags", typeof(VirtqDescFlags))]
    [FixedLayoutField("Next", typeof(ushort))]
    public partial struct VirtqDesc;

    [FixedLayout(Specification = "virtio 1.2, 2.7.6 (struct virtq_avail)")]
    [FixedLayoutField("Flags", typeof(VirtqAvailFlags))]
    [FixedLayoutField("Idx", typeof(ushort))]
    [FixedLayoutField("Ring", typeof(ushort), FlexibleArray = true)]
    [FixedLayoutField("UsedEvent", typeof(ushort))]
    public partial struct VirtqAvail;

    [FixedLayout(Specification = "virtio 1.2, 2.7.8 (struct virtq_used_elem)")]
    [FixedLayoutField("Id", typeof(uint))]
    [FixedLayoutField("Len", typeof(uint))]
    public partial struct VirtqUsedElem;

    [FixedLayout(Specification = "virtio 1.2, 2.7.8 (struct virtq_used)")]
    [FixedLayoutField("Flags", typeof(VirtqUsedFlags))]
    [FixedLayoutField("Idx", typeof(ushort))]
    [FixedLayoutField("Ring", typeof(VirtqUsedElem), FlexibleArray = true)]
    [FixedLayoutField("AvailEvent", typeof(ushort))]
    public partial struct VirtqUsed;
}
