using Rivet.Drivers.Virtio;
using Rivet.Kernel.Memory;

namespace Rivet.Kernel.Drivers.Virtio
{
    /// <summary>Bringing a virtio block device up (virtio 1.2, 3.1.1 "Driver Requirements: Device Initialization").</summary>
    internal sealed partial class VirtioBlockDevice
    {
        /// <summary>
        /// Initializes the block device behind <paramref name="transport"/>: reset, ACKNOWLEDGE,
        /// DRIVER, features, FEATURES_OK (version 2 only; the legacy interface has no such step,
        /// 3.1.2), the request queue, DRIVER_OK. The only feature accepted besides
        /// VIRTIO_F_VERSION_1 is VIRTIO_BLK_F_RO, so that a read-only disk is known as such. When
        /// the device cannot be driven it is marked FAILED and <paramref name="failure"/> says why.
        /// </summary>
        public static VirtioBlockDevice? TryStart(VirtioMmioTransport transport, uint interrupt, out string? failure)
        {
            transport.Reset();
            transport.AddStatus(DeviceStatus.Acknowledge);
            transport.AddStatus(DeviceStatus.Driver);
            ulong offered = transport.DeviceFeatures();
            ulong accepted = offered & (ulong)VirtioBlkFeatures.ReadOnly;
            if (!transport.IsLegacy)
            {
                if ((offered & (ulong)VirtioFeatures.Version1) == 0) return Fail(transport, "the device does not offer VIRTIO_F_VERSION_1", out failure);
                accepted |= (ulong)VirtioFeatures.Version1;
            }
            transport.SetDriverFeatures(accepted);
            if (!transport.IsLegacy)
            {
                transport.AddStatus(DeviceStatus.FeaturesOk);
                if ((transport.Status & DeviceStatus.FeaturesOk) == 0) return Fail(transport, "the device refused the features", out failure);
            }
            uint offeredSize = transport.MaxQueueSize(RequestQueue);
            if (offeredSize < DescriptorsPerSlot) return Fail(transport, "the request queue is missing or smaller than one request", out failure);
            uint size = PreferredQueueSize;
            while (size > offeredSize) size >>= 1;
            ulong requestFrame = PhysicalFrames.AllocateZeroed();
            if (requestFrame == 0) return Fail(transport, "out of frames", out failure);
            var queue = new SplitVirtqueue(size);
            transport.SetUpQueue(RequestQueue, queue);
            ulong capacity = transport.ReadConfig64(VirtioBlkConfigLayout.Capacity);
            var device = new VirtioBlockDevice(transport, queue, capacity, (accepted & (ulong)VirtioBlkFeatures.ReadOnly) != 0, interrupt, requestFrame);
            transport.AddStatus(DeviceStatus.DriverOk);
            failure = null;
            return device;
        }

        private static VirtioBlockDevice? Fail(VirtioMmioTransport transport, string reason, out string? failure)
        {
            transport.AddStatus(DeviceStatus.Failed);
            failure = reason;
            return null;
        }
    }
}
