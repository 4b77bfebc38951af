namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// How a <see cref="PageTable{TMemory}"/> reaches physical memory: reading and writing one
    /// entry, and getting a zeroed frame for a new table. The kernel implements it over its
    /// identity mapping and frame allocator; tests over a dictionary of fake frames.
    /// </summary>
    public interface IPageTableMemory
    {
        /// <summary>Reads the 4- or 8-byte little-endian entry at a physical address.</summary>
        ulong ReadEntry(ulong physicalAddress, int bytes);

        void WriteEntry(ulong physicalAddress, int bytes, ulong value);

        bool TryAllocateZeroedFrame(out ulong physicalAddress);
    }
}
