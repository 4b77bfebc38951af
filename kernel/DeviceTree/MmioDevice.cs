namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// A memory-mapped device as the device tree states it: its register window (translated to a
    /// CPU physical address through every parent bus's ranges) and its PLIC interrupt source,
    /// 0 when it has none routed to the PLIC (PLIC source 0 does not exist: RISC-V PLIC spec, "Interrupt Sources").
    /// </summary>
    public struct MmioDevice
    {
        public ulong Base;
        public ulong Size;
        public uint Interrupt;

        public bool IsPresent => Size != 0;
    }
}
