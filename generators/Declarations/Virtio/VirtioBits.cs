// Device status and device-independent feature bits, numbered as virtio 1.2 numbers them.
using Rivet;

namespace Rivet.Drivers.Virtio
{
    /// <summary>Device status field bits (virtio 1.2, 2.1): ACKNOWLEDGE (1) is bit 0, FAILED (128) bit 7.</summary>
    [BitNumbers("DeviceStatus", typeof(byte))]
    public enum DeviceStatusBit
    {
        Acknowledge = 0,
        Driver = 1,
        DriverOk = 2,
        FeaturesOk = 3,
        DeviceNeedsReset = 6,
        Failed = 7,
    }

    /// <summary>Reserved (device-independent) feature bits (virtio 1.2, 6).</summary>
    [BitNumbers("VirtioFeatures", typeof(ulong))]
    public enum VirtioFeatureBit
    {
        IndirectDesc = 28,
        EventIdx = 29,
        Version1 = 32,
        AccessPlatform = 33,
        RingPacked = 34,
        InOrder = 35,
        OrderPlatform = 36,
        SrIov = 37,
        NotificationData = 38,
        NotifConfigData = 39,
        RingReset = 40,
    }
}
