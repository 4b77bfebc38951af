using System;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// The hart the caller runs on. [ThreadStatic] data is per hart in the kernel (the platform
    /// points tp at a per-hart block before any C# code runs, rivet_kernel.h), so this costs one load.
    /// </summary>
    internal static class CurrentHart
    {
        [ThreadStatic] private static HartMeta? t_meta;
        [ThreadStatic] private static int t_index;
        [ThreadStatic] private static uint t_id;

        /// <summary>Index into the device tree's hart list (0 on the boot hart before its HartMeta exists).</summary>
        public static int Index => t_index;

        public static uint Id => t_id;

        /// <summary>The hart's HartMeta; null only during the boot hart's start-up.</summary>
        public static HartMeta? Meta => t_meta;

        public static void Identify(int index, uint id)
        {
            t_index = index;
            t_id = id;
        }

        public static void Attach(HartMeta meta) => t_meta = meta;
    }
}
