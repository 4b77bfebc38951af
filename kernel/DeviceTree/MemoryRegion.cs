namespace Rivet.Kernel.DeviceTree
{
    /// <summary>A physical address range [Base, Base + Size).</summary>
    public struct MemoryRegion
    {
        public ulong Base;
        public ulong Size;

        public ulong End => Base + Size;

        public MemoryRegion(ulong @base, ulong size)
        {
            Base = @base;
            Size = size;
        }
    }
}
