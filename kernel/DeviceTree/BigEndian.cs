using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>Reads the big-endian integers a device tree is made of (DT spec 5.1: all values are big-endian).</summary>
    public static class BigEndian
    {
        public static uint ReadUInt32(ReadOnlySpan<byte> bytes, int offset)
        {
            return (uint)bytes[offset] << 24 | (uint)bytes[offset + 1] << 16 | (uint)bytes[offset + 2] << 8 | bytes[offset + 3];
        }

        public static ulong ReadUInt64(ReadOnlySpan<byte> bytes, int offset)
        {
            return (ulong)ReadUInt32(bytes, offset) << 32 | ReadUInt32(bytes, offset + 4);
        }

        /// <summary>A value of one or two 32-bit cells (DT spec 2.3.5: #address-cells, #size-cells).</summary>
        public static ulong ReadCells(ReadOnlySpan<byte> bytes, int offset, int cells)
        {
            return cells == 2 ? ReadUInt64(bytes, offset) : cells == 1 ? ReadUInt32(bytes, offset) : 0;
        }
    }
}
