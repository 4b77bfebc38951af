using Rivet.Kernel.DeviceTree;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>The FDT reader on trees QEMU produced for the given -smp and -m: what QEMU was told must come back.</summary>
    public class QemuDeviceTreeTests
    {
        private const ulong MiB = 1024 * 1024;

        [Theory]
        [InlineData("rv64", 1, 128)]
        [InlineData("rv64", 4, 256)]
        [InlineData("rv64", 8, 512)]
        [InlineData("rv32", 1, 64)]
        [InlineData("rv32", 4, 256)]
        public void ReportsMemoryAndHartsQemuWasGiven(string arch, int harts, int memoryMiB)
        {
            PlatformDescription platform = Read(QemuDeviceTree.Dump(arch, harts, memoryMiB));

            Assert.Equal(harts, platform.HartCount);
            for (int i = 0; i < harts; i++) Assert.Equal(i, platform.IndexOfHart(platform.HartId(i)));
            Assert.Equal(1, platform.MemoryRegionCount);
            Assert.Equal((ulong)memoryMiB * MiB, platform.TotalMemory);
            Assert.Equal(-1, platform.IndexOfHart((uint)harts));
        }

        // QEMU 7.2's virt machine (hw/riscv/virt.c memmap): RAM at 0x80000000, UART0 at 0x10000000
        // on PLIC source 10, eight virtio-mmio transports at 0x10001000 + 0x1000*i on sources 1..8,
        // PLIC at 0x0c000000, CLINT at 0x02000000, sifive_test at 0x100000, timebase 10 MHz, and
        // per hart one M-mode then one S-mode PLIC context.
        [Theory]
        [InlineData("rv64", 4)]
        [InlineData("rv32", 4)]
        [InlineData("rv64", 1)]
        public void FindsEveryDeviceOfTheVirtMachine(string arch, int harts)
        {
            PlatformDescription platform = Read(QemuDeviceTree.Dump(arch, harts, 256));

            Assert.Equal(0x80000000UL, platform.Memory(0).Base);
            Assert.Equal(10_000_000UL, platform.TimebaseFrequency);
            Assert.Equal(0x10000000UL, platform.Uart.Base);
            Assert.Equal(0x100UL, platform.Uart.Size);
            Assert.Equal(10u, platform.Uart.Interrupt);
            Assert.Equal(3_686_400u, platform.UartClockFrequency);
            Assert.Equal(0x0c000000UL, platform.Plic.Base);
            Assert.Equal(0x60u, platform.PlicSourceCount);
            Assert.Equal(0x02000000UL, platform.Clint.Base);
            Assert.Equal(0x100000UL, platform.TestDevice.Base);
            Assert.Equal(8, platform.VirtioCount);
            for (int i = 0; i < 8; i++)
            {
                MmioDevice device = platform.Virtio(i);
                uint source = device.Interrupt;
                Assert.InRange(source, 1u, 8u);
                Assert.Equal(0x10000000UL + 0x1000UL * source, device.Base);
                Assert.Equal(0x1000UL, device.Size);
            }
            for (int hart = 0; hart < harts; hart++)
                Assert.Equal(2 * (int)platform.HartId(hart) + 1, platform.PlicSupervisorContext(hart));
            Assert.Equal(0, platform.ReservationCount);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void BootArgumentsComeFromQemusAppend(string arch)
        {
            const string Arguments = "rivet.test=overflow console=ttyS0";
            byte[] blob = QemuDeviceTree.Dump(arch, 1, 64, Arguments);
            PlatformDescription platform = Read(blob);
            Assert.Equal(Arguments, System.Text.Encoding.ASCII.GetString(platform.BootArguments(blob)));
            Assert.Equal(0, Read(QemuDeviceTree.Dump(arch, 1, 64)).BootArgumentsLength);
        }

        internal static PlatformDescription Read(byte[] blob)
        {
            Assert.Equal(FdtError.None, FlattenedDeviceTree.TryOpen(blob, out FlattenedDeviceTree tree));
            Assert.Equal(FdtError.None, PlatformReader.Read(tree, out PlatformDescription platform));
            return platform;
        }
    }
}
