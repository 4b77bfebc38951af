using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// Fills a <see cref="PlatformDescription"/> from a validated device tree in one walk, without
    /// allocating. Follows the Devicetree Specification v0.4: #address-cells/#size-cells default to
    /// 2/1 and apply to children (2.3.5); reg is (address, size) pairs in the parent's cells (2.3.6);
    /// addresses are translated to CPU addresses through each ancestor's ranges (2.3.8);
    /// interrupt-parent is inherited (2.4.1). PLIC contexts come from its interrupts-extended
    /// (pairs of cpu interrupt-controller phandle and cause; cause 9 is the supervisor external
    /// interrupt, privileged spec table 4.2), so no context number is assumed.
    /// </summary>
    public static class PlatformReader
    {
        /// <summary>scause exception code of a supervisor external interrupt (privileged spec 1.12, table 4.2).</summary>
        private const uint SupervisorExternalInterrupt = 9;

        /// <summary>Largest #address-cells/#size-cells kept; values are interpreted only up to 2 cells (64 bits).</summary>
        private const int MaxCells = 4;

        private struct NodeFacts
        {
            public int AddressCells;
            public int SizeCells;
            public int RegOffset, RegLength;
            public int CompatibleOffset, CompatibleLength;
            public int InterruptsOffset, InterruptsLength;
            public int InterruptsExtendedOffset, InterruptsExtendedLength;
            public int RangesOffset, RangesLength;
            public uint InterruptParent;
            public uint Phandle;
            public uint CpuInterruptControllerPhandle;
            public ulong TimebaseFrequency;
            public uint ClockFrequency;
            public uint SourceCount;
            public int BootArgumentsOffset, BootArgumentsLength;
            public bool IsMemory, IsCpu, IsDisabled, IsCpusNode, IsReservedMemoryNode, IsChosenNode;
        }

        /// <summary>What the walk learns before it can be resolved: phandles are only meaningful once every node was seen.</summary>
        private ref struct PendingLinks
        {
            public Span<uint> HartInterruptControllers;
            public Span<uint> VirtioInterruptParents;
            public uint UartInterruptParent;
            public uint PlicPhandle;
            public int PlicContextsOffset, PlicContextsLength;
        }

        public static FdtError Read(FlattenedDeviceTree tree, out PlatformDescription platform)
        {
            platform = default;
            platform.BootHartId = tree.Header.BootCpuId;
            for (int i = 0; i < tree.ReservationCount; i++)
            {
                tree.GetReservation(i, out ulong address, out ulong size);
                if (!platform.AddReservation(address, size)) return FdtError.TooManyMemoryRegions;
            }

            Span<NodeFacts> stack = stackalloc NodeFacts[FlattenedDeviceTree.MaxDepth];
            scoped PendingLinks links = default;
            links.HartInterruptControllers = stackalloc uint[PlatformDescription.MaxHarts];
            links.VirtioInterruptParents = stackalloc uint[PlatformDescription.MaxVirtioDevices];
            links.PlicContextsOffset = -1;
            ReadOnlySpan<byte> structure = tree.Structure;

            FdtWalker walker = tree.CreateWalker();
            while (true)
            {
                FdtError error = walker.Next();
                if (error != FdtError.None) return error;
                if (walker.Token == FdtToken.End) break;
                int index = walker.Depth - 1;
                if (walker.Token == FdtToken.BeginNode)
                {
                    if (walker.Depth > FlattenedDeviceTree.MaxDepth) return FdtError.NestingTooDeep;
                    stack[index] = NewNode(stack, index, walker.Name);
                }
                else if (walker.Token == FdtToken.Property)
                {
                    error = Record(ref stack[index], ref walker);
                    if (error != FdtError.None) return error;
                }
                else
                {
                    // The closed node is one level deeper than the depth after FDT_END_NODE.
                    error = Classify(stack, index + 1, structure, (int)tree.Header.StructOffset, ref platform, ref links);
                    if (error != FdtError.None) return error;
                }
            }
            return Resolve(structure, ref platform, ref links);
        }

        private static NodeFacts NewNode(Span<NodeFacts> stack, int index, ReadOnlySpan<byte> name)
        {
            NodeFacts facts = default;
            facts.AddressCells = 2;
            facts.SizeCells = 1;
            facts.RegOffset = facts.CompatibleOffset = facts.InterruptsOffset = facts.InterruptsExtendedOffset = facts.RangesOffset = -1;
            if (index > 0) facts.InterruptParent = stack[index - 1].InterruptParent;
            facts.IsCpusNode = index == 1 && PropertyStrings.Same(name, "cpus"u8);
            facts.IsReservedMemoryNode = index == 1 && PropertyStrings.Same(name, "reserved-memory"u8);
            facts.IsChosenNode = index == 1 && PropertyStrings.Same(name, "chosen"u8);
            return facts;
        }

        private static FdtError Record(ref NodeFacts facts, ref FdtWalker walker)
        {
            ReadOnlySpan<byte> name = walker.Name;
            ReadOnlySpan<byte> value = walker.Value;
            if (PropertyStrings.Same(name, "#address-cells"u8)) return ReadCellCount(value, out facts.AddressCells);
            if (PropertyStrings.Same(name, "#size-cells"u8)) return ReadCellCount(value, out facts.SizeCells);
            if (PropertyStrings.Same(name, "reg"u8)) { facts.RegOffset = walker.ValueOffset; facts.RegLength = walker.ValueLength; }
            else if (PropertyStrings.Same(name, "compatible"u8)) { facts.CompatibleOffset = walker.ValueOffset; facts.CompatibleLength = walker.ValueLength; }
            else if (PropertyStrings.Same(name, "interrupts"u8)) { facts.InterruptsOffset = walker.ValueOffset; facts.InterruptsLength = walker.ValueLength; }
            else if (PropertyStrings.Same(name, "interrupts-extended"u8)) { facts.InterruptsExtendedOffset = walker.ValueOffset; facts.InterruptsExtendedLength = walker.ValueLength; }
            else if (PropertyStrings.Same(name, "ranges"u8)) { facts.RangesOffset = walker.ValueOffset; facts.RangesLength = walker.ValueLength; }
            else if (PropertyStrings.Same(name, "bootargs"u8))
            {
                // A <string> (DT spec 3.6): NUL-terminated; the NUL is not part of the arguments.
                if (value.Length == 0 || value[value.Length - 1] != 0) return FdtError.MalformedProperty;
                facts.BootArgumentsOffset = walker.ValueOffset;
                facts.BootArgumentsLength = walker.ValueLength - 1;
            }
            else if (PropertyStrings.Same(name, "interrupt-parent"u8)) return ReadCell(value, out facts.InterruptParent);
            else if (PropertyStrings.Same(name, "phandle"u8)) return ReadCell(value, out facts.Phandle);
            else if (PropertyStrings.Same(name, "clock-frequency"u8)) return ReadCell(value, out facts.ClockFrequency);
            else if (PropertyStrings.Same(name, "riscv,ndev"u8)) return ReadCell(value, out facts.SourceCount);
            else if (PropertyStrings.Same(name, "timebase-frequency"u8))
            {
                // <u32> or <u64> (DT spec 3.7: timebase-frequency is a <prop-encoded-array> of one or two cells).
                if (value.Length != 4 && value.Length != 8) return FdtError.MalformedProperty;
                facts.TimebaseFrequency = BigEndian.ReadCells(value, 0, value.Length / 4);
            }
            else if (PropertyStrings.Same(name, "device_type"u8))
            {
                facts.IsMemory = PropertyStrings.IsString(value, "memory"u8);
                facts.IsCpu = PropertyStrings.IsString(value, "cpu"u8);
            }
            else if (PropertyStrings.Same(name, "status"u8))
            {
                // Only "okay" (or absent) means operational (DT spec 2.3.4).
                facts.IsDisabled = !PropertyStrings.IsString(value, "okay"u8) && !PropertyStrings.IsString(value, "ok"u8);
            }
            return FdtError.None;
        }

        private static FdtError ReadCell(ReadOnlySpan<byte> value, out uint cell)
        {
            cell = 0;
            if (value.Length != 4) return FdtError.MalformedProperty;
            cell = BigEndian.ReadUInt32(value, 0);
            return FdtError.None;
        }

        private static FdtError ReadCellCount(ReadOnlySpan<byte> value, out int count)
        {
            count = 0;
            FdtError error = ReadCell(value, out uint cells);
            if (error != FdtError.None) return error;
            // Buses such as PCI use 3 address cells (DT spec 2.3.5 allows any count); the reader only
            // interprets 1- and 2-cell values and reports the rest where a value is actually needed.
            if (cells > MaxCells) return FdtError.UnsupportedCellCount;
            count = (int)cells;
            return FdtError.None;
        }

        private static FdtError Classify(Span<NodeFacts> stack, int index, ReadOnlySpan<byte> structure, int structureOffset, ref PlatformDescription platform, scoped ref PendingLinks links)
        {
            ref NodeFacts node = ref stack[index];
            if (node.IsDisabled) return FdtError.None;
            if (node.IsCpusNode && node.TimebaseFrequency != 0) platform.TimebaseFrequency = node.TimebaseFrequency;
            if (node.IsChosenNode && node.BootArgumentsLength > 0)
            {
                platform.BootArgumentsOffset = structureOffset + node.BootArgumentsOffset;
                platform.BootArgumentsLength = node.BootArgumentsLength;
            }
            if (index == 0) return FdtError.None;
            ref NodeFacts parent = ref stack[index - 1];
            ReadOnlySpan<byte> compatible = node.CompatibleOffset < 0 ? default : structure.Slice(node.CompatibleOffset, node.CompatibleLength);

            if (parent.IsCpusNode && node.IsCpu)
                return AddHart(ref node, ref parent, structure, ref platform, ref links);
            if (parent.IsCpu && PropertyStrings.ListContains(compatible, "riscv,cpu-intc"u8))
            {
                parent.CpuInterruptControllerPhandle = node.Phandle;
                return FdtError.None;
            }
            if (node.IsMemory || parent.IsReservedMemoryNode)
                return AddRanges(stack, index, structure, ref platform, node.IsMemory);

            bool isUart = PropertyStrings.ListContains(compatible, "ns16550a"u8);
            bool isPlic = PropertyStrings.ListContains(compatible, "riscv,plic0"u8) || PropertyStrings.ListContains(compatible, "sifive,plic-1.0.0"u8);
            bool isClint = PropertyStrings.ListContains(compatible, "riscv,clint0"u8) || PropertyStrings.ListContains(compatible, "sifive,clint0"u8);
            bool isTest = PropertyStrings.ListContains(compatible, "sifive,test0"u8);
            bool isVirtio = PropertyStrings.ListContains(compatible, "virtio,mmio"u8);
            if (!isUart && !isPlic && !isClint && !isTest && !isVirtio) return FdtError.None;

            FdtError error = ReadDevice(stack, index, structure, out MmioDevice device);
            if (error != FdtError.None || !device.IsPresent) return error;
            if (isUart && !platform.Uart.IsPresent)
            {
                platform.Uart = device;
                platform.UartClockFrequency = node.ClockFrequency;
                links.UartInterruptParent = node.InterruptParent;
            }
            else if (isPlic && !platform.Plic.IsPresent)
            {
                platform.Plic = device;
                platform.PlicSourceCount = node.SourceCount;
                links.PlicPhandle = node.Phandle;
                links.PlicContextsOffset = node.InterruptsExtendedOffset;
                links.PlicContextsLength = node.InterruptsExtendedLength;
            }
            else if (isClint && !platform.Clint.IsPresent) platform.Clint = device;
            else if (isTest && !platform.TestDevice.IsPresent) platform.TestDevice = device;
            else if (isVirtio)
            {
                if (platform.VirtioCount == PlatformDescription.MaxVirtioDevices) return FdtError.TooManyVirtioDevices;
                links.VirtioInterruptParents[platform.VirtioCount] = node.InterruptParent;
                platform.AddVirtio(device);
            }
            return FdtError.None;
        }

        private static FdtError AddHart(ref NodeFacts cpu, ref NodeFacts cpus, ReadOnlySpan<byte> structure, ref PlatformDescription platform, scoped ref PendingLinks links)
        {
            // A cpu's reg is its hart id in /cpus's #address-cells (DT spec 3.8.1).
            if (cpus.AddressCells > 2) return FdtError.UnsupportedCellCount;
            if (cpu.RegOffset < 0 || cpus.AddressCells == 0 || cpu.RegLength < cpus.AddressCells * 4) return FdtError.MalformedProperty;
            uint hartId = (uint)BigEndian.ReadCells(structure, cpu.RegOffset, cpus.AddressCells);
            int index = platform.HartCount;
            if (!platform.AddHart(hartId)) return FdtError.TooManyHarts;
            links.HartInterruptControllers[index] = cpu.CpuInterruptControllerPhandle;
            // timebase-frequency may sit on each cpu node instead of /cpus (DT spec 3.7, 3.8).
            if (platform.TimebaseFrequency == 0) platform.TimebaseFrequency = cpu.TimebaseFrequency;
            return FdtError.None;
        }

        /// <summary>Adds every (address, size) pair of a memory or reserved-memory node's reg.</summary>
        private static FdtError AddRanges(Span<NodeFacts> stack, int index, ReadOnlySpan<byte> structure, ref PlatformDescription platform, bool isMemory)
        {
            ref NodeFacts node = ref stack[index];
            if (node.RegOffset < 0) return FdtError.None;
            int addressCells = stack[index - 1].AddressCells, sizeCells = stack[index - 1].SizeCells;
            if (addressCells > 2 || sizeCells > 2) return FdtError.UnsupportedCellCount;
            int pairBytes = (addressCells + sizeCells) * 4;
            if (pairBytes == 0 || node.RegLength % pairBytes != 0) return FdtError.MalformedProperty;
            for (int offset = node.RegOffset; offset < node.RegOffset + node.RegLength; offset += pairBytes)
            {
                ulong address = BigEndian.ReadCells(structure, offset, addressCells);
                ulong size = BigEndian.ReadCells(structure, offset + addressCells * 4, sizeCells);
                if (size == 0 || !TranslateToCpu(stack, index - 1, structure, ref address)) continue;
                bool added = isMemory ? platform.AddMemory(address, size) : platform.AddReservation(address, size);
                if (!added) return FdtError.TooManyMemoryRegions;
            }
            return FdtError.None;
        }

        /// <summary>The first reg window, translated to a CPU address, and the first interrupt specifier cell.</summary>
        private static FdtError ReadDevice(Span<NodeFacts> stack, int index, ReadOnlySpan<byte> structure, out MmioDevice device)
        {
            device = default;
            ref NodeFacts node = ref stack[index];
            if (node.RegOffset < 0) return FdtError.None;
            int addressCells = stack[index - 1].AddressCells, sizeCells = stack[index - 1].SizeCells;
            if (addressCells > 2 || sizeCells > 2) return FdtError.UnsupportedCellCount;
            if (addressCells == 0 || node.RegLength < (addressCells + sizeCells) * 4) return FdtError.MalformedProperty;
            ulong address = BigEndian.ReadCells(structure, node.RegOffset, addressCells);
            ulong size = BigEndian.ReadCells(structure, node.RegOffset + addressCells * 4, sizeCells);
            if (!TranslateToCpu(stack, index - 1, structure, ref address)) return FdtError.None;
            if (node.InterruptsOffset >= 0)
            {
                if (node.InterruptsLength < 4) return FdtError.MalformedProperty;
                device.Interrupt = BigEndian.ReadUInt32(structure, node.InterruptsOffset);
            }
            device.Base = address;
            device.Size = size;
            return FdtError.None;
        }

        /// <summary>
        /// Maps an address in the child space of node <paramref name="bus"/> up to the root's space
        /// through each ancestor's ranges (child-address, parent-address, length triples; an empty
        /// ranges is the identity; a missing ranges means the bus is not memory-mapped: DT spec 2.3.8).
        /// </summary>
        private static bool TranslateToCpu(Span<NodeFacts> stack, int bus, ReadOnlySpan<byte> structure, ref ulong address)
        {
            for (int level = bus; level > 0; level--)
            {
                ref NodeFacts node = ref stack[level];
                if (node.RangesOffset < 0) return false;
                if (node.RangesLength == 0) continue;
                int childCells = node.AddressCells, parentCells = stack[level - 1].AddressCells, sizeCells = node.SizeCells;
                if (childCells > 2 || parentCells > 2 || sizeCells > 2) return false;
                int entryBytes = (childCells + parentCells + sizeCells) * 4;
                bool found = false;
                for (int offset = node.RangesOffset; offset + entryBytes <= node.RangesOffset + node.RangesLength; offset += entryBytes)
                {
                    ulong child = BigEndian.ReadCells(structure, offset, childCells);
                    ulong parent = BigEndian.ReadCells(structure, offset + childCells * 4, parentCells);
                    ulong length = BigEndian.ReadCells(structure, offset + (childCells + parentCells) * 4, sizeCells);
                    if (address >= child && address - child < length)
                    {
                        address = address - child + parent;
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }

        private static FdtError Resolve(ReadOnlySpan<byte> structure, ref PlatformDescription platform, scoped ref PendingLinks links)
        {
            if (platform.MemoryRegionCount == 0) return FdtError.MissingMemory;
            if (platform.HartCount == 0) return FdtError.MissingCpus;
            if (platform.TimebaseFrequency == 0) return FdtError.MissingTimebaseFrequency;
            if (!platform.Uart.IsPresent) return FdtError.MissingUart;
            if (!platform.Plic.IsPresent) return FdtError.MissingPlic;

            // Device interrupts are PLIC sources only when the PLIC is their interrupt parent.
            if (links.UartInterruptParent != links.PlicPhandle) platform.Uart.Interrupt = 0;
            for (int i = 0; i < platform.VirtioCount; i++)
            {
                if (links.VirtioInterruptParents[i] != links.PlicPhandle) platform.SetVirtioInterrupt(i, 0);
            }

            // interrupts-extended: one (phandle, cause) pair per PLIC context, in context order
            // (cpu-intc has #interrupt-cells = 1: RISC-V cpu binding).
            if (links.PlicContextsOffset < 0) return FdtError.None;
            if (links.PlicContextsLength % 8 != 0) return FdtError.MalformedProperty;
            for (int context = 0; context * 8 < links.PlicContextsLength; context++)
            {
                uint phandle = BigEndian.ReadUInt32(structure, links.PlicContextsOffset + context * 8);
                uint cause = BigEndian.ReadUInt32(structure, links.PlicContextsOffset + context * 8 + 4);
                if (cause != SupervisorExternalInterrupt) continue;
                for (int hart = 0; hart < platform.HartCount; hart++)
                {
                    if (links.HartInterruptControllers[hart] == phandle && phandle != 0) platform.SetPlicSupervisorContext(hart, context);
                }
            }
            return FdtError.None;
        }
    }
}
