namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// Why a flattened device tree was rejected. Structural checks follow the Devicetree
    /// Specification v0.4, chapter 5 ("Flattened Devicetree (DTB) Format"); the rest name what the
    /// kernel needs from the tree and did not find. <see cref="FdtErrors.Describe"/> gives the text.
    /// </summary>
    public enum FdtError
    {
        None,
        BlobTooSmall,
        BadMagic,
        TooLarge,
        TotalSizeExceedsBlob,
        UnsupportedVersion,
        MisalignedBlock,
        BlockOutOfBounds,
        OverlappingBlocks,
        UnterminatedReservationMap,
        BadToken,
        UnterminatedName,
        PropertyOutOfBounds,
        BadStringOffset,
        UnbalancedNodes,
        PropertyOutsideNode,
        MissingEndToken,
        DataAfterEndToken,
        RootNotFirst,
        NestingTooDeep,
        UnsupportedCellCount,
        MalformedProperty,
        MissingMemory,
        TooManyMemoryRegions,
        MissingCpus,
        TooManyHarts,
        MissingTimebaseFrequency,
        MissingUart,
        MissingPlic,
        TooManyVirtioDevices,
    }

    /// <summary>The human-readable text of each <see cref="FdtError"/> (string literals: usable before the heap exists).</summary>
    public static class FdtErrors
    {
        public static string Describe(FdtError error)
        {
            switch (error)
            {
                case FdtError.None: return "no error";
                case FdtError.BlobTooSmall: return "device tree is smaller than its 40-byte header (DT spec 5.2)";
                case FdtError.BadMagic: return "device tree magic is not 0xd00dfeed (DT spec 5.2)";
                case FdtError.TooLarge: return "device tree totalsize is larger than the 4 MiB the kernel accepts";
                case FdtError.TotalSizeExceedsBlob: return "device tree totalsize is larger than the memory it occupies (truncated tree)";
                case FdtError.UnsupportedVersion: return "device tree version is not compatible with version 17 (DT spec 5.2: last_comp_version)";
                case FdtError.MisalignedBlock: return "device tree block offset is misaligned (memory reservation map: 8 bytes, structure block: 4 bytes)";
                case FdtError.BlockOutOfBounds: return "device tree block lies outside totalsize";
                case FdtError.OverlappingBlocks: return "device tree blocks overlap each other or the header";
                case FdtError.UnterminatedReservationMap: return "device tree memory reservation map has no terminating zero entry within totalsize (DT spec 5.3)";
                case FdtError.BadToken: return "device tree structure block holds an unknown token (DT spec 5.4.1)";
                case FdtError.UnterminatedName: return "device tree node name or string is not NUL-terminated within its block";
                case FdtError.PropertyOutOfBounds: return "device tree property value extends past the structure block";
                case FdtError.BadStringOffset: return "device tree property name offset lies outside the strings block";
                case FdtError.UnbalancedNodes: return "device tree FDT_BEGIN_NODE and FDT_END_NODE tokens do not balance";
                case FdtError.PropertyOutsideNode: return "device tree has an FDT_PROP token outside every node";
                case FdtError.MissingEndToken: return "device tree structure block ends without FDT_END";
                case FdtError.DataAfterEndToken: return "device tree structure block has tokens after FDT_END";
                case FdtError.RootNotFirst: return "device tree structure block does not start with the root node";
                case FdtError.NestingTooDeep: return "device tree nodes nest deeper than the kernel's reader supports (16 levels)";
                case FdtError.UnsupportedCellCount: return "device tree #address-cells or #size-cells is larger than the 2 cells (64 bits) the kernel interprets";
                case FdtError.MalformedProperty: return "device tree property has a length that does not fit its meaning (reg, interrupts, a cell)";
                case FdtError.MissingMemory: return "device tree has no /memory node with a non-empty reg";
                case FdtError.TooManyMemoryRegions: return "device tree lists more memory regions or reservations than the kernel supports";
                case FdtError.MissingCpus: return "device tree has no enabled /cpus/cpu node";
                case FdtError.TooManyHarts: return "device tree lists more harts than the kernel supports";
                case FdtError.MissingTimebaseFrequency: return "device tree /cpus has no timebase-frequency";
                case FdtError.MissingUart: return "device tree has no ns16550a serial port";
                case FdtError.MissingPlic: return "device tree has no riscv,plic0 interrupt controller";
                case FdtError.TooManyVirtioDevices: return "device tree lists more virtio,mmio devices than the kernel supports";
                default: return "unknown device tree error";
            }
        }
    }
}
