using System;
using Rivet.Kernel.DeviceTree;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>The platform reader on hand-written trees that exercise the spec's rules QEMU's tree does not.</summary>
    public class SyntheticDeviceTreeTests
    {
        private const uint PlicPhandle = 0x40;

        /// <summary>A small virt-like tree; each part can be left out or altered through the arguments.</summary>
        private static byte[] Tree(int harts = 2, bool memory = true, bool timebaseOnCpus = true, bool uart = true, bool plic = true,
            uint uartInterruptParent = PlicPhandle, string disabledCpuStatus = "", Action<FdtBuilder>? extraSocChildren = null,
            uint socBusOffset = 0)
        {
            var b = new FdtBuilder().BeginNode("").Cells("#address-cells", 2).Cells("#size-cells", 2);
            if (memory)
                b.BeginNode("memory@80000000").Strings("device_type", "memory").Cells("reg", 0, 0x80000000, 0, 0x4000000, 0, 0xC0000000, 0, 0x1000000).EndNode();
            b.BeginNode("cpus").Cells("#address-cells", 1).Cells("#size-cells", 0);
            if (timebaseOnCpus) b.Cells("timebase-frequency", 1_000_000);
            for (int i = 0; i < harts; i++)
            {
                b.BeginNode($"cpu@{i}").Strings("device_type", "cpu").Cells("reg", (uint)(i + 4));
                if (!timebaseOnCpus) b.Cells("timebase-frequency", 0, 2_000_000);
                b.BeginNode("interrupt-controller").Strings("compatible", "riscv,cpu-intc").Cells("phandle", (uint)(0x10 + i)).EndNode();
                b.EndNode();
            }
            if (disabledCpuStatus.Length > 0)
                b.BeginNode("cpu@99").Strings("device_type", "cpu").Cells("reg", 99).Strings("status", disabledCpuStatus).EndNode();
            b.EndNode();
            // A bus whose children sit at bus address 0 and appear to the CPU at socBusOffset (DT spec 2.3.8).
            b.BeginNode("soc").Cells("#address-cells", 1).Cells("#size-cells", 1).Strings("compatible", "simple-bus");
            if (socBusOffset == 0) b.Property("ranges", Array.Empty<byte>());
            else b.Cells("ranges", 0, 0, socBusOffset, 0x20000000);
            if (uart)
                b.BeginNode("serial").Strings("compatible", "ns16550a").Cells("reg", 0x1000, 0x100).Cells("interrupts", 7).Cells("interrupt-parent", uartInterruptParent).EndNode();
            if (plic)
            {
                b.BeginNode("plic").Strings("compatible", "riscv,plic0").Cells("reg", 0x0c000000, 0x400000).Cells("phandle", PlicPhandle).Cells("riscv,ndev", 31);
                // Contexts: hart 1 S-mode first, then hart 0 M-mode, hart 0 S-mode, hart 1 M-mode.
                b.Cells("interrupts-extended", 0x11, 9, 0x10, 11, 0x10, 9, 0x11, 11).EndNode();
            }
            extraSocChildren?.Invoke(b);
            b.EndNode();
            return b.EndNode().End().Reserve(0x80000000, 0x200000).Build();
        }

        private static FdtError ReadError(byte[] blob)
        {
            Assert.Equal(FdtError.None, FlattenedDeviceTree.TryOpen(blob, out FlattenedDeviceTree tree));
            return PlatformReader.Read(tree, out _);
        }

        [Fact]
        public void ReadsEveryMemoryRangeAndReservation()
        {
            PlatformDescription platform = QemuDeviceTreeTests.Read(Tree());
            Assert.Equal(2, platform.MemoryRegionCount);
            Assert.Equal(0x80000000UL, platform.Memory(0).Base);
            Assert.Equal(0x4000000UL, platform.Memory(0).Size);
            Assert.Equal(0xC0000000UL, platform.Memory(1).Base);
            Assert.Equal(0x5000000UL, platform.TotalMemory);
            Assert.Equal(1, platform.ReservationCount);
            Assert.Equal(0x200000UL, platform.Reservation(0).Size);
        }

        [Fact]
        public void HartIdsAndPlicContextsComeFromTheTree()
        {
            PlatformDescription platform = QemuDeviceTreeTests.Read(Tree(harts: 2));
            Assert.Equal(2, platform.HartCount);
            Assert.Equal(4u, platform.HartId(0));
            Assert.Equal(5u, platform.HartId(1));
            Assert.Equal(1, platform.IndexOfHart(5));
            Assert.Equal(2, platform.PlicSupervisorContext(0));
            Assert.Equal(0, platform.PlicSupervisorContext(1));
            Assert.Equal(31u, platform.PlicSourceCount);
        }

        [Fact]
        public void DisabledCpusAreNotHarts()
        {
            Assert.Equal(3, QemuDeviceTreeTests.Read(Tree(harts: 3, disabledCpuStatus: "disabled")).HartCount);
            Assert.Equal(3, QemuDeviceTreeTests.Read(Tree(harts: 3, disabledCpuStatus: "fail")).HartCount);
            Assert.Equal(4, QemuDeviceTreeTests.Read(Tree(harts: 3, disabledCpuStatus: "okay")).HartCount);
        }

        [Fact]
        public void TimebaseMayBeStatedPerCpuInTwoCells()
        {
            Assert.Equal(1_000_000UL, QemuDeviceTreeTests.Read(Tree()).TimebaseFrequency);
            Assert.Equal(2_000_000UL, QemuDeviceTreeTests.Read(Tree(timebaseOnCpus: false)).TimebaseFrequency);
        }

        [Fact]
        public void DeviceAddressesAreTranslatedThroughBusRanges()
        {
            PlatformDescription identity = QemuDeviceTreeTests.Read(Tree());
            Assert.Equal(0x1000UL, identity.Uart.Base);
            PlatformDescription offset = QemuDeviceTreeTests.Read(Tree(socBusOffset: 0x40000000));
            Assert.Equal(0x40001000UL, offset.Uart.Base);
            Assert.Equal(0x4c000000UL, offset.Plic.Base);
            Assert.Equal(0x100UL, offset.Uart.Size);
        }

        [Fact]
        public void InterruptsOnlyCountWhenThePlicIsTheParent()
        {
            Assert.Equal(7u, QemuDeviceTreeTests.Read(Tree()).Uart.Interrupt);
            Assert.Equal(0u, QemuDeviceTreeTests.Read(Tree(uartInterruptParent: 0x77)).Uart.Interrupt);
        }

        [Fact]
        public void VirtioDevicesInheritTheirInterruptParent()
        {
            byte[] tree = Tree(extraSocChildren: b =>
            {
                b.BeginNode("group").Cells("#address-cells", 1).Cells("#size-cells", 1).Property("ranges", Array.Empty<byte>()).Cells("interrupt-parent", PlicPhandle);
                b.BeginNode("virtio@8000").Strings("compatible", "virtio,mmio").Cells("reg", 0x8000, 0x1000).Cells("interrupts", 3).EndNode();
                b.EndNode();
                b.BeginNode("virtio@9000").Strings("compatible", "virtio,mmio").Cells("reg", 0x9000, 0x1000).Cells("interrupts", 4).EndNode();
            });
            PlatformDescription platform = QemuDeviceTreeTests.Read(tree);
            Assert.Equal(2, platform.VirtioCount);
            Assert.Equal(0x8000UL, platform.Virtio(0).Base);
            Assert.Equal(3u, platform.Virtio(0).Interrupt);
            Assert.Equal(0u, platform.Virtio(1).Interrupt);
        }

        [Fact]
        public void ReservedMemoryChildrenAndTheReservationMapAreBothReservations()
        {
            byte[] tree = new FdtBuilder().BeginNode("").Cells("#address-cells", 2).Cells("#size-cells", 2)
                .BeginNode("reserved-memory").Cells("#address-cells", 2).Cells("#size-cells", 2).Property("ranges", Array.Empty<byte>())
                .BeginNode("firmware@80000000").Cells("reg", 0, 0x80000000, 0, 0x40000).EndNode()
                .BeginNode("unused").Strings("status", "disabled").Cells("reg", 0, 0x81000000, 0, 0x1000).EndNode()
                .EndNode()
                .BeginNode("memory").Strings("device_type", "memory").Cells("reg", 0, 0x80000000, 0, 0x8000000).EndNode()
                .BeginNode("cpus").Cells("#address-cells", 1).Cells("#size-cells", 0).Cells("timebase-frequency", 1000)
                .BeginNode("cpu@0").Strings("device_type", "cpu").Cells("reg", 0).EndNode().EndNode()
                .BeginNode("uart").Strings("compatible", "ns16550a").Cells("reg", 0, 0x10000000, 0, 0x100).EndNode()
                .BeginNode("plic").Strings("compatible", "sifive,plic-1.0.0").Cells("reg", 0, 0x0c000000, 0, 0x1000).EndNode()
                .BeginNode("test").Strings("compatible", "sifive,test1", "sifive,test0", "syscon").Cells("reg", 0, 0x100000, 0, 0x1000).EndNode()
                .BeginNode("clint").Strings("compatible", "riscv,clint0").Cells("reg", 0, 0x2000000, 0, 0x10000).EndNode()
                .EndNode().End().Reserve(0x87f00000, 0x100000).Build();
            PlatformDescription platform = QemuDeviceTreeTests.Read(tree);
            Assert.Equal(2, platform.ReservationCount);
            Assert.Equal(0x87f00000UL, platform.Reservation(0).Base);
            Assert.Equal(0x80000000UL, platform.Reservation(1).Base);
            Assert.Equal(0x40000UL, platform.Reservation(1).Size);
            Assert.Equal(0x100000UL, platform.TestDevice.Base);
            Assert.Equal(0x2000000UL, platform.Clint.Base);
            Assert.Equal(-1, platform.PlicSupervisorContext(0));      // no interrupts-extended: no context is assumed
        }

        [Fact]
        public void BusesWithWideAddressesDoNotDisturbTheRest()
        {
            byte[] tree = Tree(extraSocChildren: b =>
                b.BeginNode("pci").Cells("#address-cells", 3).Cells("#size-cells", 2).Cells("reg", 0x3000_0000, 0x1000_0000)
                 .BeginNode("dev").Cells("reg", 0, 0, 0, 0, 0x10).EndNode().EndNode());
            Assert.Equal(FdtError.None, ReadError(tree));
        }

        [Fact]
        public void MissingEssentialsAreNamed()
        {
            Assert.Equal(FdtError.MissingMemory, ReadError(Tree(memory: false)));
            Assert.Equal(FdtError.MissingCpus, ReadError(Tree(harts: 0)));
            Assert.Equal(FdtError.MissingUart, ReadError(Tree(uart: false)));
            Assert.Equal(FdtError.MissingPlic, ReadError(Tree(plic: false)));
            byte[] noTimebase = new FdtBuilder().BeginNode("").Cells("#size-cells", 2)
                .BeginNode("memory").Strings("device_type", "memory").Cells("reg", 0, 0x80000000, 0, 0x1000).EndNode()
                .BeginNode("cpus").Cells("#address-cells", 1).Cells("#size-cells", 0)
                .BeginNode("cpu@0").Strings("device_type", "cpu").Cells("reg", 0).EndNode().EndNode()
                .EndNode().End().Build();
            Assert.Equal(FdtError.MissingTimebaseFrequency, ReadError(noTimebase));
        }

        [Fact]
        public void LimitsAreReportedNotTruncated()
        {
            Assert.Equal(FdtError.None, ReadError(Tree(harts: PlatformDescription.MaxHarts)));
            Assert.Equal(FdtError.TooManyHarts, ReadError(Tree(harts: PlatformDescription.MaxHarts + 1)));
        }

        [Fact]
        public void MalformedValuesAreRejected()
        {
            byte[] badReg = new FdtBuilder().BeginNode("").Cells("#address-cells", 2).Cells("#size-cells", 2)
                .BeginNode("memory").Strings("device_type", "memory").Cells("reg", 0, 0x80000000, 0).EndNode().EndNode().End().Build();
            Assert.Equal(FdtError.MalformedProperty, ReadError(badReg));
            byte[] badCells = new FdtBuilder().BeginNode("").Property("#address-cells", new byte[] { 0, 2 }).EndNode().End().Build();
            Assert.Equal(FdtError.MalformedProperty, ReadError(badCells));
            byte[] hugeCells = new FdtBuilder().BeginNode("").Cells("#size-cells", 9).EndNode().End().Build();
            Assert.Equal(FdtError.UnsupportedCellCount, ReadError(hugeCells));
        }
    }
}
