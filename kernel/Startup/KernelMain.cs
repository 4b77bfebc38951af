using System;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Drivers.Plic;
using Rivet.Kernel.Drivers.Uart;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// The boot hart's path from the platform (rivet_main, S-mode, paging off, interrupts off) to a
    /// running kernel: device tree → banner → memory (frames, heap, page tables) → drivers →
    /// its own HartMeta and guarded stack → traps, tick, interrupts → the other harts → self-test
    /// → clean shutdown. docs/kernel.md describes the flow.
    /// </summary>
    internal static unsafe class KernelMain
    {
        /// <summary>The heap's first run of frames (1 MiB); it grows on demand.</summary>
        private const int InitialHeapFrames = 256;

        public static int Main()
        {
            ReadDeviceTree();
            ref PlatformDescription platform = ref Devices.Description;
            int bootIndex = platform.IndexOfHart((uint)Platform.BootHartId());
            if (bootIndex < 0) KernelPanic.Halt("the boot hart is not in the device tree");
            CurrentHart.SetBootIndex(bootIndex);
            Clock.Initialize(platform.TimebaseFrequency);
            WriteBanner(ref platform);
            ReportDevices(ref platform);

            InitializeMemory(ref platform);
            KernelAddressSpace.Build(ref platform);
            TaskStacks.Initialize();
            KernelAddressSpace.ActivateOnThisHart();
            StartDrivers(ref platform);
            ReportMemory();

            HartStartup.Prepare(CurrentHart.Index);
            HartStartup.RunOnMainStack(CurrentHart.Index);
            return 0;
        }

        private static void ReadDeviceTree()
        {
            nuint address = Platform.DeviceTree();
            var header = new ReadOnlySpan<byte>((void*)address, FdtHeader.Size);
            uint size = FdtHeader.ReadTotalSize(header);
            // Only the header is trusted to be readable until it has been checked.
            int length = size < FdtHeader.Size || size > FlattenedDeviceTree.MaxSize ? FdtHeader.Size : (int)size;
            var blob = new ReadOnlySpan<byte>((void*)address, length);
            FdtError error = FlattenedDeviceTree.TryOpen(blob, out FlattenedDeviceTree tree);
            if (error == FdtError.None) error = PlatformReader.Read(tree, out Devices.Description);
            if (error != FdtError.None)
            {
                var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
                line.Append("cannot boot: the device tree at "u8);
                line.AppendHex(address);
                line.Append(" is unusable: "u8);
                line.Append(FdtErrors.Describe(error));
                KernelLog.Emit(ref line);
                Platform.Exit(KernelPanic.ExitStatus);
            }
            Devices.TreeAddress = address;
            Devices.TreeSize = (int)size;
        }

        private static void WriteBanner(ref PlatformDescription platform)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
#if RV32
            line.Append("Rivet kernel, rv32imac (Sv32): "u8);
#else
            line.Append("Rivet kernel, rv64gc (Sv39): "u8);
#endif
            line.AppendDecimal(platform.TotalMemory >> 20);
            line.Append(" MiB of memory, "u8);
            line.AppendDecimal((ulong)platform.HartCount);
            line.Append(platform.HartCount == 1 ? " hart, timebase "u8 : " harts, timebase "u8);
            line.AppendDecimal(platform.TimebaseFrequency);
            line.Append(" Hz"u8);
            KernelLog.Emit(ref line);
        }

        /// <summary>The devices the tree names, with their PLIC sources (0: none routed to the PLIC).</summary>
        private static void ReportDevices(ref PlatformDescription platform)
        {
            Span<byte> buffer = stackalloc byte[KernelLog.LineBytes];
            var line = KernelLog.Begin(buffer);
            line.Append("devices: uart "u8);
            line.AppendHex(platform.Uart.Base);
            line.Append(" irq "u8);
            line.AppendDecimal((ulong)platform.Uart.Interrupt);
            line.Append(", plic "u8);
            line.AppendHex(platform.Plic.Base);
            line.Append(" with "u8);
            line.AppendDecimal((ulong)platform.PlicSourceCount);
            line.Append(" sources, clint "u8);
            line.AppendHex(platform.Clint.Base);
            line.Append(", sifive_test "u8);
            line.AppendHex(platform.TestDevice.Base);
            KernelLog.Emit(ref line);
            for (int i = 0; i < platform.VirtioCount; i++)
            {
                MmioDevice device = platform.Virtio(i);
                line = KernelLog.Begin(buffer);
                line.Append("devices: virtio-mmio "u8);
                line.AppendHex(device.Base);
                line.Append(" irq "u8);
                line.AppendDecimal((ulong)device.Interrupt);
                KernelLog.Emit(ref line);
            }
        }

        /// <summary>
        /// Takes page provisioning over from the platform, then gives the frame allocator everything
        /// from where the platform stopped to the end of the RAM region holding the kernel, less
        /// the device tree and the tree's reservations. No <c>new</c> may run between the take-over
        /// and the heap's first frames.
        /// </summary>
        private static void InitializeMemory(ref PlatformDescription platform)
        {
            nuint imageStart = AssemblyRoutines.ImageTextStart();
            nuint firstFree = Platform.TakeOverPages((void*)(delegate*<nuint, void*>)&KernelHeap.ProvidePages);
            MemoryRegion ram = default;
            for (int i = 0; i < platform.MemoryRegionCount; i++)
            {
                MemoryRegion region = platform.Memory(i);
                if (region.Base <= imageStart && imageStart < region.End) ram = region;
            }
            if (ram.Size == 0) KernelPanic.Halt("no device tree memory region contains the kernel image");
            PhysicalFrames.Initialize(firstFree, ram.End);
            PhysicalFrames.Reserve(Devices.TreeAddress, Devices.TreeAddress + (ulong)Devices.TreeSize);
            for (int i = 0; i < platform.ReservationCount; i++)
            {
                MemoryRegion reserved = platform.Reservation(i);
                PhysicalFrames.Reserve(reserved.Base, reserved.End);
            }
            if (!KernelHeap.Initialize(InitialHeapFrames)) KernelPanic.Halt("no memory for the kernel heap");
        }

        private static void StartDrivers(ref PlatformDescription platform)
        {
            var plic = new PlatformLevelInterruptController((nuint)platform.Plic.Base, platform.PlicSourceCount);
            var uart = new Uart16550((nuint)platform.Uart.Base);
            uart.Initialize(platform.UartClockFrequency);
            if (platform.Uart.Interrupt != 0)
            {
                // The console's interrupts go to the boot hart.
                plic.Attach(platform.Uart.Interrupt, uart, platform.PlicSupervisorContext(CurrentHart.Index));
            }
            Devices.Plic = plic;
            Devices.Uart = uart;
            KernelLog.UseUart(uart);
            VirtioDevices.Start(ref platform, plic);
        }

        private static void ReportMemory()
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("memory: frames "u8);
            line.AppendHex(PhysicalFrames.Start);
            line.Append("-"u8);
            line.AppendHex(PhysicalFrames.End);
            line.Append(", "u8);
            line.AppendDecimal((ulong)PhysicalFrames.FreeCount);
            line.Append(" free, "u8);
            line.AppendDecimal((ulong)PhysicalFrames.UsedCount);
            line.Append(" used; heap "u8);
            line.AppendDecimal((ulong)KernelHeap.TotalBytes >> 10);
            line.Append(" KiB; kernel image W^X, paging on"u8);
            KernelLog.Emit(ref line);
        }
    }
}
