using System.Runtime.CompilerServices;

namespace System.Numerics
{
    /// <summary>Bit twiddling; PopCount, LeadingZeroCount and TrailingZeroCount are compiler intrinsics (__builtin_*) with these fallbacks.</summary>
    public static class BitOperations
    {
        public static bool IsPow2(int value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(long value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(ulong value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(nuint value) => (value & (value - 1)) == 0 && value != 0;

        public static uint RoundUpToPowerOf2(uint value)
        {
            --value;
            value |= value >> 1;
            value |= value >> 2;
            value |= value >> 4;
            value |= value >> 8;
            value |= value >> 16;
            return value + 1;
        }

        public static ulong RoundUpToPowerOf2(ulong value)
        {
            --value;
            value |= value >> 1;
            value |= value >> 2;
            value |= value >> 4;
            value |= value >> 8;
            value |= value >> 16;
            value |= value >> 32;
            return value + 1;
        }

        [Intrinsic]
        public static int LeadingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int count = 0;
            while ((value & 0x80000000u) == 0)
            {
                value <<= 1;
                count++;
            }
            return count;
        }

        [Intrinsic]
        public static int LeadingZeroCount(ulong value)
        {
            uint high = (uint)(value >> 32);
            return high == 0 ? 32 + LeadingZeroCount((uint)value) : LeadingZeroCount(high);
        }

        public static int LeadingZeroCount(nuint value) => IntPtr.Size == 8 ? LeadingZeroCount((ulong)value) : LeadingZeroCount((uint)value);

        public static int Log2(uint value) => 31 ^ LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 ^ LeadingZeroCount(value | 1);
        public static int Log2(nuint value) => IntPtr.Size == 8 ? Log2((ulong)value) : Log2((uint)value);

        [Intrinsic]
        public static int PopCount(uint value)
        {
            value -= (value >> 1) & 0x55555555u;
            value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
            value = (value + (value >> 4)) & 0x0F0F0F0Fu;
            return (int)((value * 0x01010101u) >> 24);
        }

        [Intrinsic]
        public static int PopCount(ulong value) => PopCount((uint)value) + PopCount((uint)(value >> 32));

        public static int PopCount(nuint value) => IntPtr.Size == 8 ? PopCount((ulong)value) : PopCount((uint)value);

        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);

        [Intrinsic]
        public static int TrailingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int count = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                count++;
            }
            return count;
        }

        [Intrinsic]
        public static int TrailingZeroCount(ulong value)
        {
            uint low = (uint)value;
            return low == 0 ? 32 + TrailingZeroCount((uint)(value >> 32)) : TrailingZeroCount(low);
        }

        public static int TrailingZeroCount(nuint value) => IntPtr.Size == 8 ? TrailingZeroCount((ulong)value) : TrailingZeroCount((uint)value);

        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));
        public static nuint RotateLeft(nuint value, int offset) => IntPtr.Size == 8 ? (nuint)RotateLeft((ulong)value, offset) : (nuint)RotateLeft((uint)value, offset);
        public static nuint RotateRight(nuint value, int offset) => IntPtr.Size == 8 ? (nuint)RotateRight((ulong)value, offset) : (nuint)RotateRight((uint)value, offset);
    }
}
