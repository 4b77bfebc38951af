namespace Rivet.Kernel.Arch.RiscV
{
    /// <summary>
    /// Device register access: each call is exactly one load or store of the register's width
    /// (Arch/RiscV/mmio.S), never merged, split, elided or made an atomic read-modify-write (which
    /// would read registers whose reads have effects, such as the PLIC's claim). QEMU's virt devices
    /// are mapped with PMA "I/O" ordering, so no fence is needed between accesses to the same device
    /// (privileged spec 3.6.5); drivers fence between their memory writes and a device's doorbell.
    /// </summary>
    internal static class Mmio
    {
        public static byte Read8(nuint address) => AssemblyRoutines.MmioRead8(address);

        public static void Write8(nuint address, byte value) => AssemblyRoutines.MmioWrite8(address, value);

        public static uint Read32(nuint address) => AssemblyRoutines.MmioRead32(address);

        public static void Write32(nuint address, uint value) => AssemblyRoutines.MmioWrite32(address, value);
    }
}
