namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// A Sv32 or Sv39 page-table tree rooted at one physical frame (privileged spec 20211203,
    /// 4.3 and 4.4). Builds mappings with the largest pages the alignment allows, and walks them
    /// the way the hardware does (spec 4.3.2) to translate. Leaves are created with A set, and D
    /// set when writable, so no hart depends on hardware A/D updates (spec 4.3.1 permits either).
    /// </summary>
    public struct PageTable<TMemory> where TMemory : IPageTableMemory
    {
        private const PageFlags PermissionBits = PageFlags.Read | PageFlags.Write | PageFlags.Execute | PageFlags.User | PageFlags.Global;

        private TMemory _memory;
        private readonly PagingMode _mode;

        public ulong Root { get; }
        public PagingMode Mode => _mode;

        private PageTable(TMemory memory, PagingMode mode, ulong root)
        {
            _memory = memory;
            _mode = mode;
            Root = root;
        }

        public static MapError TryCreate(TMemory memory, PagingMode mode, out PageTable<TMemory> table)
        {
            table = default;
            if (!memory.TryAllocateZeroedFrame(out ulong root)) return MapError.OutOfFrames;
            table = new PageTable<TMemory>(memory, mode, root);
            return MapError.None;
        }

        /// <summary>The satp value that makes this tree the active address space (ASID 0).</summary>
        public ulong Satp => _mode.SatpFor(Root);

        /// <summary>
        /// Maps [virtualAddress, virtualAddress + size) to physical memory starting at
        /// <paramref name="physicalAddress"/> with <paramref name="permissions"/> (R/W/X/U/G only).
        /// With <paramref name="allowSuperpages"/>, a stretch whose both addresses are aligned to a
        /// superpage gets one leaf at that level. On failure, pages mapped before the failure stay mapped.
        /// </summary>
        public MapError Map(ulong virtualAddress, ulong physicalAddress, ulong size, PageFlags permissions, bool allowSuperpages)
        {
            if (!PageSize.IsAligned(virtualAddress) || !PageSize.IsAligned(physicalAddress) || !PageSize.IsAligned(size)) return MapError.Misaligned;
            if ((permissions & ~PermissionBits) != 0 || (permissions & (PageFlags.Read | PageFlags.Execute)) == 0
                || (permissions & (PageFlags.Read | PageFlags.Write)) == PageFlags.Write)
                return MapError.BadPermissions;
            if (size == 0) return MapError.None;
            if (!_mode.IsValidVirtualAddress(virtualAddress) || !_mode.IsValidVirtualAddress(virtualAddress + size - 1)
                || (virtualAddress >> (_mode.VirtualAddressBits - 1)) != ((virtualAddress + size - 1) >> (_mode.VirtualAddressBits - 1)))
                return MapError.BadVirtualAddress;
            if (!_mode.IsValidPhysicalAddress(physicalAddress + size - 1)) return MapError.BadPhysicalAddress;

            PageFlags leaf = permissions | PageFlags.Valid | PageFlags.Accessed;
            if ((permissions & PageFlags.Write) != 0) leaf |= PageFlags.Dirty;
            while (size > 0)
            {
                int level = allowSuperpages ? LargestLevelFor(virtualAddress, physicalAddress, size) : 0;
                MapError error = MapOne(virtualAddress, physicalAddress, level, leaf);
                if (error != MapError.None) return error;
                ulong bytes = _mode.PageBytesAt(level);
                virtualAddress += bytes;
                physicalAddress += bytes;
                size -= bytes;
            }
            return MapError.None;
        }

        /// <summary>
        /// Creates every table needed to map [virtualAddress, virtualAddress + size) with 4 KiB
        /// pages, mapping nothing, so that later <see cref="Map"/> calls there never need a frame.
        /// </summary>
        public MapError PrepareTables(ulong virtualAddress, ulong size)
        {
            if (!PageSize.IsAligned(virtualAddress) || !PageSize.IsAligned(size)) return MapError.Misaligned;
            if (size == 0) return MapError.None;
            if (!_mode.IsValidVirtualAddress(virtualAddress) || !_mode.IsValidVirtualAddress(virtualAddress + size - 1)) return MapError.BadVirtualAddress;
            ulong span = _mode.PageBytesAt(1);
            for (ulong address = virtualAddress & ~(span - 1); address < virtualAddress + size; address += span)
            {
                MapError error = WalkToLeafTable(address, out _);
                if (error != MapError.None) return error;
            }
            return MapError.None;
        }

        /// <summary>
        /// Removes the 4 KiB leaves of [virtualAddress, virtualAddress + size). Every page must be
        /// mapped by a 4 KiB leaf (superpages are never split); nothing changes on an error. The
        /// tables on the way stay, for the next mapping there. The caller flushes TLBs (spec 4.2.1).
        /// </summary>
        public MapError Unmap(ulong virtualAddress, ulong size)
        {
            if (!PageSize.IsAligned(virtualAddress) || !PageSize.IsAligned(size)) return MapError.Misaligned;
            for (ulong offset = 0; offset < size; offset += PageSize.Bytes)
            {
                if (!TryFindLeafSlot(virtualAddress + offset, out _)) return MapError.NotMapped;
            }
            for (ulong offset = 0; offset < size; offset += PageSize.Bytes)
            {
                TryFindLeafSlot(virtualAddress + offset, out ulong slot);
                _memory.WriteEntry(slot, _mode.EntryBytes, 0);
            }
            return MapError.None;
        }

        /// <summary>The physical address of the level-0 entry that maps <paramref name="virtualAddress"/> with a valid 4 KiB leaf.</summary>
        private bool TryFindLeafSlot(ulong virtualAddress, out ulong slot)
        {
            slot = 0;
            if (!_mode.IsValidVirtualAddress(virtualAddress)) return false;
            ulong table = Root;
            for (int level = _mode.Levels - 1; level >= 0; level--)
            {
                slot = table + (ulong)(_mode.IndexAt(virtualAddress, level) * _mode.EntryBytes);
                ulong entry = _memory.ReadEntry(slot, _mode.EntryBytes);
                if ((entry & (ulong)PageFlags.Valid) == 0) return false;
                bool isLeaf = (entry & (ulong)(PageFlags.Read | PageFlags.Execute)) != 0;
                if (isLeaf) return level == 0;
                table = _mode.PhysicalAddressOf(entry);
            }
            return false;
        }

        /// <summary>
        /// Walks the tree like the hardware (spec 4.3.2). True with the physical address, the leaf's
        /// flags and the size of the page it sits in; false if no valid, well-formed leaf maps the address.
        /// </summary>
        public bool Translate(ulong virtualAddress, out ulong physicalAddress, out PageFlags flags, out ulong pageBytes)
        {
            physicalAddress = 0;
            flags = PageFlags.None;
            pageBytes = 0;
            if (!_mode.IsValidVirtualAddress(virtualAddress)) return false;
            ulong table = Root;
            for (int level = _mode.Levels - 1; level >= 0; level--)
            {
                ulong entry = _memory.ReadEntry(table + (ulong)(_mode.IndexAt(virtualAddress, level) * _mode.EntryBytes), _mode.EntryBytes);
                var entryFlags = (PageFlags)(entry & 0xFF);
                if ((entryFlags & PageFlags.Valid) == 0) return false;
                if ((entryFlags & (PageFlags.Read | PageFlags.Execute)) == 0)
                {
                    table = _mode.PhysicalAddressOf(entry);
                    continue;
                }
                ulong bytes = _mode.PageBytesAt(level);
                ulong frame = _mode.PhysicalAddressOf(entry);
                if ((frame & (bytes - 1)) != 0) return false;   // misaligned superpage: a page fault (spec 4.3.2 step 6)
                physicalAddress = frame | (virtualAddress & (bytes - 1));
                flags = entryFlags;
                pageBytes = bytes;
                return true;
            }
            return false;
        }

        private int LargestLevelFor(ulong virtualAddress, ulong physicalAddress, ulong size)
        {
            for (int level = _mode.Levels - 1; level > 0; level--)
            {
                ulong bytes = _mode.PageBytesAt(level);
                if (((virtualAddress | physicalAddress) & (bytes - 1)) == 0 && size >= bytes) return level;
            }
            return 0;
        }

        private MapError MapOne(ulong virtualAddress, ulong physicalAddress, int leafLevel, PageFlags leaf)
        {
            MapError error = WalkToTable(virtualAddress, leafLevel, out ulong table);
            if (error != MapError.None) return error;
            ulong slot = table + (ulong)(_mode.IndexAt(virtualAddress, leafLevel) * _mode.EntryBytes);
            if ((_memory.ReadEntry(slot, _mode.EntryBytes) & (ulong)PageFlags.Valid) != 0) return MapError.AlreadyMapped;
            _memory.WriteEntry(slot, _mode.EntryBytes, _mode.EntryFor(physicalAddress, leaf));
            return MapError.None;
        }

        private MapError WalkToLeafTable(ulong virtualAddress, out ulong table) => WalkToTable(virtualAddress, 0, out table);

        /// <summary>The table at <paramref name="leafLevel"/> that holds <paramref name="virtualAddress"/>'s entry, creating missing tables on the way.</summary>
        private MapError WalkToTable(ulong virtualAddress, int leafLevel, out ulong table)
        {
            table = Root;
            for (int level = _mode.Levels - 1; level > leafLevel; level--)
            {
                ulong slot = table + (ulong)(_mode.IndexAt(virtualAddress, level) * _mode.EntryBytes);
                ulong entry = _memory.ReadEntry(slot, _mode.EntryBytes);
                if ((entry & (ulong)PageFlags.Valid) != 0)
                {
                    if ((entry & (ulong)(PageFlags.Read | PageFlags.Execute)) != 0) return MapError.AlreadyMapped;   // inside a superpage
                    table = _mode.PhysicalAddressOf(entry);
                    continue;
                }
                if (!_memory.TryAllocateZeroedFrame(out ulong next)) return MapError.OutOfFrames;
                // A pointer to the next level: V set, R/W/X clear; A, D, U are reserved there (spec 4.3.1).
                _memory.WriteEntry(slot, _mode.EntryBytes, _mode.EntryFor(next, PageFlags.Valid));
                table = next;
            }
            return MapError.None;
        }
    }
}
