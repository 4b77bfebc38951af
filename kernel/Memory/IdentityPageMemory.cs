namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// Page-table memory for the kernel's own tables: RAM is identity-mapped both before paging is
    /// on and after (the kernel address space maps all of it at its physical address), so a
    /// physical address is also a pointer. Tables come from <see cref="PhysicalFrames"/>.
    /// </summary>
    internal unsafe struct IdentityPageMemory : IPageTableMemory
    {
        public ulong ReadEntry(ulong physicalAddress, int bytes) =>
            bytes == 8 ? *(ulong*)(nuint)physicalAddress : *(uint*)(nuint)physicalAddress;

        public void WriteEntry(ulong physicalAddress, int bytes, ulong value)
        {
            if (bytes == 8) *(ulong*)(nuint)physicalAddress = value;
            else *(uint*)(nuint)physicalAddress = (uint)value;
        }

        public bool TryAllocateZeroedFrame(out ulong physicalAddress)
        {
            physicalAddress = PhysicalFrames.AllocateZeroed();
            return physicalAddress != 0;
        }
    }
}
