using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Reinterprets the bits of floating-point values (and of little-endian byte arrays; RISC-V and x86-64 are little-endian).</summary>
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        public static long DoubleToInt64Bits(double value) => Unsafe.As<double, long>(ref value);
        public static double Int64BitsToDouble(long value) => Unsafe.As<long, double>(ref value);
        public static ulong DoubleToUInt64Bits(double value) => Unsafe.As<double, ulong>(ref value);
        public static double UInt64BitsToDouble(ulong value) => Unsafe.As<ulong, double>(ref value);
        public static int SingleToInt32Bits(float value) => Unsafe.As<float, int>(ref value);
        public static float Int32BitsToSingle(int value) => Unsafe.As<int, float>(ref value);
        public static uint SingleToUInt32Bits(float value) => Unsafe.As<float, uint>(ref value);
        public static float UInt32BitsToSingle(uint value) => Unsafe.As<uint, float>(ref value);

        public static byte[] GetBytes(int value) => GetBytes((ulong)(uint)value, 4);
        public static byte[] GetBytes(uint value) => GetBytes(value, 4);
        public static byte[] GetBytes(long value) => GetBytes((ulong)value, 8);
        public static byte[] GetBytes(ulong value) => GetBytes(value, 8);
        public static byte[] GetBytes(short value) => GetBytes((ulong)(ushort)value, 2);
        public static byte[] GetBytes(ushort value) => GetBytes(value, 2);
        public static byte[] GetBytes(double value) => GetBytes(DoubleToUInt64Bits(value), 8);
        public static byte[] GetBytes(float value) => GetBytes(SingleToUInt32Bits(value), 4);

        private static byte[] GetBytes(ulong value, int count)
        {
            var bytes = new byte[count];
            for (int i = 0; i < count; i++) bytes[i] = (byte)(value >> (8 * i));
            return bytes;
        }

        public static int ToInt32(byte[] value, int startIndex) => (int)ToUInt64(value, startIndex, 4);
        public static uint ToUInt32(byte[] value, int startIndex) => (uint)ToUInt64(value, startIndex, 4);
        public static long ToInt64(byte[] value, int startIndex) => (long)ToUInt64(value, startIndex, 8);
        public static ulong ToUInt64(byte[] value, int startIndex) => ToUInt64(value, startIndex, 8);
        public static short ToInt16(byte[] value, int startIndex) => (short)ToUInt64(value, startIndex, 2);
        public static ushort ToUInt16(byte[] value, int startIndex) => (ushort)ToUInt64(value, startIndex, 2);

        private static ulong ToUInt64(byte[] value, int startIndex, int count)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if ((uint)startIndex >= (uint)value.Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            if (startIndex > value.Length - count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", nameof(value));
            ulong result = 0;
            for (int i = 0; i < count; i++) result |= (ulong)value[startIndex + i] << (8 * i);
            return result;
        }
    }
}
