namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// The shape of one RISC-V paging scheme (privileged spec 20211203: Sv32 in 4.3, Sv39 in 4.4):
    /// how many levels, how many virtual-address bits each level indexes, the entry size, where
    /// the PPN sits in an entry, and the satp MODE value that selects it.
    /// </summary>
    public readonly struct PagingMode
    {
        public readonly int Levels;
        public readonly int IndexBits;
        public readonly int EntryBytes;
        public readonly int PpnBits;
        public readonly int VirtualAddressBits;
        public readonly int PhysicalAddressBits;
        /// <summary>satp.MODE value (spec 4.1.11): 1 for Sv32 (bit 31), 8 for Sv39 (bits 63:60).</summary>
        public readonly ulong SatpMode;

        private PagingMode(int levels, int indexBits, int entryBytes, int ppnBits, int virtualAddressBits, int physicalAddressBits, ulong satpMode)
        {
            Levels = levels;
            IndexBits = indexBits;
            EntryBytes = entryBytes;
            PpnBits = ppnBits;
            VirtualAddressBits = virtualAddressBits;
            PhysicalAddressBits = physicalAddressBits;
            SatpMode = satpMode;
        }

        /// <summary>Sv32: two levels of 1024 four-byte entries, 34-bit physical addresses, 4 MiB megapages.</summary>
        public static PagingMode Sv32 => new PagingMode(2, 10, 4, 22, 32, 34, 1);

        /// <summary>Sv39: three levels of 512 eight-byte entries, 56-bit physical addresses, 2 MiB and 1 GiB superpages.</summary>
        public static PagingMode Sv39 => new PagingMode(3, 9, 8, 44, 39, 56, 8);

        public int EntriesPerTable => 1 << IndexBits;

        /// <summary>Bytes mapped by one leaf entry at <paramref name="level"/> (0 is the 4 KiB level).</summary>
        public ulong PageBytesAt(int level) => 1UL << (PageSize.Shift + level * IndexBits);

        /// <summary>VPN[level] of a virtual address.</summary>
        public int IndexAt(ulong virtualAddress, int level) => (int)((virtualAddress >> (PageSize.Shift + level * IndexBits)) & (ulong)(EntriesPerTable - 1));

        /// <summary>
        /// Sv39 addresses must have bits 63..39 equal to bit 38 (spec 4.4.1); Sv32 addresses are all 32 bits.
        /// </summary>
        public bool IsValidVirtualAddress(ulong address)
        {
            if (VirtualAddressBits == 32) return address <= 0xFFFF_FFFFUL;
            ulong upper = address >> (VirtualAddressBits - 1);
            return upper == 0 || upper == (ulong.MaxValue >> (VirtualAddressBits - 1));
        }

        public bool IsValidPhysicalAddress(ulong address) => address >> PhysicalAddressBits == 0;

        /// <summary>The PPN field of an entry: bits 10 and up (spec 4.3.1, 4.4.1).</summary>
        public ulong PhysicalAddressOf(ulong entry) => ((entry >> PpnShift) & ((1UL << PpnBits) - 1)) << PageSize.Shift;

        public ulong EntryFor(ulong physicalAddress, PageFlags flags) => (physicalAddress >> PageSize.Shift) << PpnShift | (ulong)flags;

        /// <summary>satp with this mode, ASID 0 and the root table's PPN (spec 4.1.11).</summary>
        public ulong SatpFor(ulong rootTable)
        {
            ulong ppn = rootTable >> PageSize.Shift;
            return VirtualAddressBits == 32 ? SatpMode << 31 | ppn : SatpMode << 60 | ppn;
        }

        private const int PpnShift = 10;
    }
}
