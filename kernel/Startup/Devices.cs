using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Drivers.Plic;
using Rivet.Kernel.Drivers.Uart;
using Rivet.Kernel.Drivers.Virtio;

namespace Rivet.Kernel.Startup
{
    /// <summary>The machine as the device tree describes it, and the drivers the kernel runs for it. Written once by the boot hart.</summary>
    internal static class Devices
    {
        public static PlatformDescription Description;
        public static PlatformLevelInterruptController? Plic;
        public static Uart16550? Uart;
        /// <summary>The virtio block devices found at boot, in device-tree order (the first <see cref="DiskCount"/> entries).</summary>
        public static VirtioBlockDevice[] Disks = new VirtioBlockDevice[0];
        public static int DiskCount;
        /// <summary>Where the device tree blob is (it stays in place, reserved from the frame allocator).</summary>
        public static nuint TreeAddress;
        public static int TreeSize;
    }
}
