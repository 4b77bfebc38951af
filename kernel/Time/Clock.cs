namespace Rivet.Kernel.Time
{
    /// <summary>The time CSR (unprivileged spec, Zicntr) in ticks of the device tree's timebase-frequency.</summary>
    internal static class Clock
    {
        private static ulong s_frequency;

        public static void Initialize(ulong ticksPerSecond) => s_frequency = ticksPerSecond;

        public static ulong Frequency => s_frequency;

        /// <summary>Ticks since reset, same on every hart (QEMU's CLINT mtime).</summary>
        public static ulong Now => Rivet.Arch.RiscV.Time.Read64();

        public static ulong FromMilliseconds(ulong milliseconds) => milliseconds * s_frequency / 1000;

        /// <summary>A tick count in nanoseconds (rounded down).</summary>
        public static ulong ToNanoseconds(ulong ticks) => ticks * 1_000_000_000UL / s_frequency;
    }
}
