using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// A device tree blob that passed every structural check: its header (see <see cref="FdtHeader"/>)
    /// and one full walk of the structure block (a single root first, balanced nodes, properties
    /// in bounds with valid names, FDT_END last). Code that holds one may walk it without
    /// re-checking bounds.
    /// </summary>
    public readonly ref struct FlattenedDeviceTree
    {
        /// <summary>Deepest node nesting the kernel's readers keep state for (the root is depth 1).</summary>
        public const int MaxDepth = 16;

        /// <summary>
        /// Largest totalsize accepted (QEMU's own trees are 1 MiB with padding; -dtb can double that).
        /// Bounds how much memory a caller maps or reads on the strength of an unchecked header.
        /// </summary>
        public const int MaxSize = 4 << 20;

        public readonly FdtHeader Header;
        public readonly ReadOnlySpan<byte> Blob;

        private FlattenedDeviceTree(ReadOnlySpan<byte> blob, FdtHeader header)
        {
            Blob = blob;
            Header = header;
        }

        public ReadOnlySpan<byte> Structure => Blob.Slice((int)Header.StructOffset, (int)Header.StructSize);
        public ReadOnlySpan<byte> Strings => Blob.Slice((int)Header.StringsOffset, (int)Header.StringsSize);

        public FdtWalker CreateWalker() => new FdtWalker(Structure, Strings);

        /// <summary>Number of entries in the memory reservation map (DT spec 5.3), terminator excluded.</summary>
        public int ReservationCount => (int)((Header.ReservationMapEnd - Header.ReservationMapOffset) / 16) - 1;

        public void GetReservation(int index, out ulong address, out ulong size)
        {
            int entry = (int)Header.ReservationMapOffset + index * 16;
            address = BigEndian.ReadUInt64(Blob, entry);
            size = BigEndian.ReadUInt64(Blob, entry + 8);
        }

        public static FdtError TryOpen(ReadOnlySpan<byte> blob, out FlattenedDeviceTree tree)
        {
            tree = default;
            FdtError error = FdtHeader.TryRead(blob, out FdtHeader header);
            if (error != FdtError.None) return error;
            blob = blob.Slice(0, (int)header.TotalSize);
            var candidate = new FlattenedDeviceTree(blob, header);
            error = CheckStructure(candidate);
            if (error != FdtError.None) return error;
            tree = candidate;
            return FdtError.None;
        }

        private static FdtError CheckStructure(FlattenedDeviceTree tree)
        {
            FdtWalker walker = tree.CreateWalker();
            FdtError error = walker.Next();
            if (error != FdtError.None) return error;
            if (walker.Token != FdtToken.BeginNode || walker.Name.Length != 0) return FdtError.RootNotFirst;
            bool rootClosed = false;
            while (true)
            {
                error = walker.Next();
                if (error != FdtError.None) return error;
                if (walker.Depth > MaxDepth) return FdtError.NestingTooDeep;
                if (walker.Token == FdtToken.End) break;
                // After the root closes only FDT_END (and NOPs) may follow: one root per tree (DT spec 5.4.2).
                if (rootClosed) return FdtError.UnbalancedNodes;
                if (walker.Token == FdtToken.EndNode && walker.Depth == 0) rootClosed = true;
            }
            if (walker.Offset != tree.Structure.Length) return FdtError.DataAfterEndToken;
            return FdtError.None;
        }
    }
}
