using System.Threading;

namespace Rivet.Kernel.Arch.RiscV
{
    /// <summary>
    /// Device register access: each call is exactly one load or store of the register's width,
    /// never merged, split or elided. QEMU's virt devices are mapped with PMA "I/O" ordering, so no
    /// fence is needed between accesses to the same device (privileged spec 3.6.5).
    /// </summary>
    internal static unsafe class Mmio
    {
        public static byte Read8(nuint address) => AssemblyRoutines.MmioRead8(address);

        public static void Write8(nuint address, byte value) => AssemblyRoutines.MmioWrite8(address, value);

        public static uint Read32(nuint address) => Volatile.Read(ref *(uint*)address);

        public static void Write32(nuint address, uint value) => Volatile.Write(ref *(uint*)address, value);
    }
}
