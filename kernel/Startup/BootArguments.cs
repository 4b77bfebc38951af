using System;
using Rivet.Kernel.DeviceTree;

namespace Rivet.Kernel.Startup
{
    /// <summary>The kernel's boot arguments: /chosen/bootargs of the device tree (QEMU -append), space-separated words.</summary>
    internal static unsafe class BootArguments
    {
        /// <summary>True when <paramref name="option"/> is one of the words.</summary>
        public static bool Has(ReadOnlySpan<byte> option)
        {
            var blob = new ReadOnlySpan<byte>((void*)Devices.TreeAddress, Devices.TreeSize);
            ReadOnlySpan<byte> arguments = Devices.Description.BootArguments(blob);
            int start = 0;
            for (int i = 0; i <= arguments.Length; i++)
            {
                if (i < arguments.Length && arguments[i] != (byte)' ') continue;
                if (PropertyStrings.Same(arguments.Slice(start, i - start), option)) return true;
                start = i + 1;
            }
            return false;
        }
    }
}
