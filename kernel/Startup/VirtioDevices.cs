using System;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Drivers.Plic;
using Rivet.Kernel.Drivers.Virtio;
using Rivet.Kernel.Log;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// Looks behind every virtio-mmio transport the device tree names and starts a driver for what
    /// it finds: block devices become <see cref="Devices.Disks"/>, in tree order, with their
    /// interrupts routed to the boot hart. Empty transports are skipped; a device type without a
    /// driver, or a block device that cannot be driven, is logged and left alone.
    /// </summary>
    internal static class VirtioDevices
    {
        public static void Start(ref PlatformDescription platform, PlatformLevelInterruptController plic)
        {
            Devices.Disks = new VirtioBlockDevice[platform.VirtioCount];
            Span<byte> buffer = stackalloc byte[KernelLog.LineBytes];
            for (int i = 0; i < platform.VirtioCount; i++)
            {
                MmioDevice mmio = platform.Virtio(i);
                var transport = new VirtioMmioTransport((nuint)mmio.Base);
                if (!transport.HasDevice) continue;
                var line = KernelLog.Begin(buffer);
                if (transport.DeviceId != VirtioMmioTransport.BlockDeviceId)
                {
                    line.Append("virtio: device type "u8);
                    line.AppendDecimal((ulong)transport.DeviceId);
                    line.Append(" at "u8);
                    line.AppendHex(mmio.Base);
                    line.Append(" has no driver"u8);
                    KernelLog.Emit(ref line);
                    continue;
                }
                string? failure = "it has no PLIC interrupt";
                VirtioBlockDevice? disk = mmio.Interrupt == 0 ? null : VirtioBlockDevice.TryStart(transport, mmio.Interrupt, out failure);
                if (disk == null)
                {
                    line.Append("virtio-blk at "u8);
                    line.AppendHex(mmio.Base);
                    line.Append(" cannot be used: "u8);
                    line.Append(failure);
                    KernelLog.Emit(ref line);
                    continue;
                }
                plic.Attach(mmio.Interrupt, disk, platform.PlicSupervisorContext(CurrentHart.Index));
                Devices.Disks[Devices.DiskCount++] = disk;
                Report(ref line, disk);
            }
        }

        private static void Report(ref LogLine line, VirtioBlockDevice disk)
        {
            line.Append("virtio-blk disk "u8);
            line.AppendDecimal((ulong)(Devices.DiskCount - 1));
            line.Append(" at "u8);
            line.AppendHex(disk.Base);
            line.Append(": "u8);
            line.AppendDecimal(disk.Capacity);
            line.Append(" sectors ("u8);
            line.AppendDecimal(disk.Capacity / 2);
            line.Append(disk.IsReadOnly ? " KiB), read-only, virtio-mmio version "u8 : " KiB), read-write, virtio-mmio version "u8);
            line.AppendDecimal((ulong)disk.TransportVersion);
            line.Append(", "u8);
            line.AppendDecimal((ulong)disk.SlotCount);
            line.Append(" requests in flight"u8);
            KernelLog.Emit(ref line);
        }
    }
}
