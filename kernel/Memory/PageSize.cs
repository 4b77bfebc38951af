namespace Rivet.Kernel.Memory
{
    /// <summary>The 4 KiB base page of Sv32 and Sv39 (privileged spec 20211203, 4.3 and 4.4) and alignment helpers.</summary>
    public static class PageSize
    {
        public const int Shift = 12;
        public const ulong Bytes = 1UL << Shift;

        public static ulong AlignDown(ulong address) => address & ~(Bytes - 1);
        public static ulong AlignUp(ulong address) => (address + Bytes - 1) & ~(Bytes - 1);
        public static bool IsAligned(ulong address) => (address & (Bytes - 1)) == 0;
    }
}
