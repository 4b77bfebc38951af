using Rivet.Drivers.Virtio;
using Rivet.Kernel.Arch.RiscV;

namespace Rivet.Kernel.Drivers.Virtio
{
    /// <summary>
    /// One virtio-mmio transport (virtio 1.2, 4.2): its registers, device status, feature
    /// negotiation and queue set-up, for both register layouts: version 2 (4.2.2) and the legacy
    /// version 1 (4.2.4) that QEMU's virt machine offers unless virtio-mmio.force-legacy=false.
    /// Register offsets come from the generated <see cref="VirtioMmio"/> and <see cref="VirtioMmioLegacy"/>.
    /// </summary>
    internal sealed class VirtioMmioTransport
    {
        /// <summary>"virt" in little-endian ASCII (4.2.2).</summary>
        public const uint Magic = 0x7472_6976;
        /// <summary>Device ID of a block device (5, table "Device Types"); 0 marks an empty transport.</summary>
        public const uint BlockDeviceId = 2;
        /// <summary>The page size the legacy layout counts queue addresses in (4.2.4: QueuePFN, GuestPageSize).</summary>
        private const uint LegacyPageSize = 4096;

        private readonly nuint _base;

        public VirtioMmioTransport(nuint registers)
        {
            _base = registers;
        }

        public nuint Base => _base;
        /// <summary>1 (legacy) or 2; anything else is not a virtio-mmio device this driver speaks to.</summary>
        public uint Version => Read(VirtioMmio.Version);
        public uint DeviceId => Read(VirtioMmio.DeviceId);
        public bool IsLegacy => Version == 1;

        /// <summary>A virtio-mmio transport with a device behind it (magic, a known version, a non-zero device ID).</summary>
        public bool HasDevice
        {
            get
            {
                if (Read(VirtioMmio.MagicValue) != Magic) return false;
                uint version = Version;
                return (version == 1 || version == 2) && DeviceId != 0;
            }
        }

        public DeviceStatus Status => (DeviceStatus)Read(VirtioMmio.Status);

        /// <summary>Resets the device (writing 0 to Status, 4.2.3.1) and waits until it reads back 0.</summary>
        public void Reset()
        {
            Write(VirtioMmio.Status, 0);
            while (Read(VirtioMmio.Status) != 0) { }
        }

        /// <summary>Sets more status bits; the device sees the previous ones kept (3.1.1).</summary>
        public void AddStatus(DeviceStatus bits) => Write(VirtioMmio.Status, (uint)(Status | bits));

        /// <summary>The device's feature bits: 64 of them in version 2, the first 32 in the legacy layout.</summary>
        public ulong DeviceFeatures()
        {
            if (IsLegacy)
            {
                Write(VirtioMmioLegacy.HostFeaturesSel, 0);
                return Read(VirtioMmioLegacy.HostFeatures);
            }
            Write(VirtioMmio.DeviceFeaturesSel, 0);
            ulong low = Read(VirtioMmio.DeviceFeatures);
            Write(VirtioMmio.DeviceFeaturesSel, 1);
            return low | (ulong)Read(VirtioMmio.DeviceFeatures) << 32;
        }

        public void SetDriverFeatures(ulong features)
        {
            if (IsLegacy)
            {
                Write(VirtioMmioLegacy.GuestFeaturesSel, 0);
                Write(VirtioMmioLegacy.GuestFeatures, (uint)features);
                return;
            }
            Write(VirtioMmio.DriverFeaturesSel, 0);
            Write(VirtioMmio.DriverFeatures, (uint)features);
            Write(VirtioMmio.DriverFeaturesSel, 1);
            Write(VirtioMmio.DriverFeatures, (uint)(features >> 32));
        }

        /// <summary>The largest queue the device offers for <paramref name="index"/> (0: the queue does not exist).</summary>
        public uint MaxQueueSize(uint index)
        {
            Write(VirtioMmio.QueueSel, index);
            return Read(VirtioMmio.QueueNumMax);
        }

        /// <summary>Tells the device where queue <paramref name="index"/> lives and makes it live (4.2.3.2; legacy 4.2.4).</summary>
        public void SetUpQueue(uint index, SplitVirtqueue queue)
        {
            Write(VirtioMmio.QueueSel, index);
            Write(VirtioMmio.QueueNum, queue.Size);
            if (IsLegacy)
            {
                // One contiguous area: descriptors, available ring, then the used ring at the next QueueAlign boundary.
                Write(VirtioMmioLegacy.GuestPageSize, LegacyPageSize);
                Write(VirtioMmioLegacy.QueueAlign, SplitVirtqueue.LegacyAlignment);
                Write(VirtioMmioLegacy.QueuePfn, (uint)(queue.DescriptorTable / LegacyPageSize));
                return;
            }
            WriteAddress(VirtioMmio.QueueDescLow, VirtioMmio.QueueDescHigh, queue.DescriptorTable);
            WriteAddress(VirtioMmio.QueueDriverLow, VirtioMmio.QueueDriverHigh, queue.AvailableRing);
            WriteAddress(VirtioMmio.QueueDeviceLow, VirtioMmio.QueueDeviceHigh, queue.UsedRing);
            Write(VirtioMmio.QueueReady, 1);
        }

        /// <summary>Tells the device that queue <paramref name="index"/> has new available buffers.</summary>
        public void Notify(uint index) => Write(VirtioMmio.QueueNotify, index);

        /// <summary>Reads and acknowledges the interrupt's reasons (bit 0: used buffers, bit 1: configuration change; 4.2.2).</summary>
        public uint AcknowledgeInterrupt()
        {
            uint status = Read(VirtioMmio.InterruptStatus);
            Write(VirtioMmio.InterruptAck, status);
            return status;
        }

        /// <summary>A 64-bit field of the device configuration space, read consistently (4.2.2: ConfigGeneration; legacy has none).</summary>
        public ulong ReadConfig64(int offset)
        {
            while (true)
            {
                uint generation = IsLegacy ? 0 : Read(VirtioMmio.ConfigGeneration);
                ulong value = Read(VirtioMmio.Config + offset) | (ulong)Read(VirtioMmio.Config + offset + 4) << 32;
                if (IsLegacy || Read(VirtioMmio.ConfigGeneration) == generation) return value;
            }
        }

        private void WriteAddress(int low, int high, ulong address)
        {
            Write(low, (uint)address);
            Write(high, (uint)(address >> 32));
        }

        private uint Read(int offset) => Mmio.Read32(_base + (nuint)offset);

        private void Write(int offset, uint value) => Mmio.Write32(_base + (nuint)offset, value);
    }
}
