using System.Globalization;

namespace System
{
    /// <summary>The commonly used part of .NET's Convert: primitive conversions (invariant culture) and base 2/8/10/16 text.</summary>
    public static class Convert
    {
        public static int ToInt32(string? value) => value == null ? 0 : int.Parse(value);
        public static long ToInt64(string? value) => value == null ? 0 : long.Parse(value);
        public static double ToDouble(string? value) => value == null ? 0 : double.Parse(value);
        public static bool ToBoolean(string? value) => value != null && bool.Parse(value);

        /// <summary>Rounds to nearest, ties to even, and checks the range (as .NET).</summary>
        public static int ToInt32(double value)
        {
            if (value >= -2147483648.5 && value < 2147483647.5)
            {
                int result = (int)value;
                double fraction = value - result;
                if (fraction > 0.5 || (fraction == 0.5 && (result & 1) != 0)) result++;
                else if (fraction < -0.5 || (fraction == -0.5 && (result & 1) != 0)) result--;
                return result;
            }
            throw new OverflowException("Value was either too large or too small for an Int32.");
        }

        public static long ToInt64(double value)
        {
            if (value >= -9223372036854775808.0 && value < 9223372036854775808.0)
            {
                double rounded = Math.Round(value);
                return (long)rounded;
            }
            throw new OverflowException("Value was either too large or too small for an Int64.");
        }

        public static int ToInt32(long value)
        {
            if (value < int.MinValue || value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static int ToInt32(bool value) => value ? 1 : 0;
        public static int ToInt32(char value) => value;
        public static double ToDouble(int value) => value;
        public static double ToDouble(long value) => value;
        public static bool ToBoolean(int value) => value != 0;
        public static bool ToBoolean(double value) => value != 0;

        public static char ToChar(int value)
        {
            if (value < 0 || value > char.MaxValue) throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static string ToString(int value) => value.ToString();
        public static string ToString(long value) => value.ToString();
        public static string ToString(double value) => value.ToString();
        public static string ToString(bool value) => value.ToString();
        public static string ToString(char value) => value.ToString();
        public static string? ToString(object? value) => value?.ToString() ?? string.Empty;

        /// <summary>Two's-complement digits in base 2, 8 or 16 (lower case), or decimal.</summary>
        public static string ToString(int value, int toBase) => ToBaseString((uint)value, 32, toBase, value < 0 && toBase == 10 ? value.ToString() : null);
        public static string ToString(long value, int toBase) => ToBaseString((ulong)value, 64, toBase, toBase == 10 ? value.ToString() : null);
        public static string ToString(short value, int toBase) => ToBaseString((ushort)value, 16, toBase, toBase == 10 ? value.ToString() : null);
        public static string ToString(byte value, int toBase) => ToBaseString(value, 8, toBase, toBase == 10 ? value.ToString() : null);

        private static string ToBaseString(ulong bits, int width, int toBase, string? decimalText)
        {
            if (toBase == 10) return decimalText!;
            int shift = toBase switch
            {
                2 => 1,
                8 => 3,
                16 => 4,
                _ => throw new ArgumentException("Invalid Base.", nameof(toBase)),
            };
            if (width < 64) bits &= (1UL << width) - 1;
            Span<char> buffer = stackalloc char[64];
            int position = buffer.Length;
            ulong mask = (1UL << shift) - 1;
            do
            {
                int digit = (int)(bits & mask);
                buffer[--position] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
                bits >>= shift;
            }
            while (bits != 0);
            return buffer.Slice(position).ToString();
        }

        public static int ToInt32(string? value, int fromBase) => (int)ParseBase(value, fromBase, 32);
        public static long ToInt64(string? value, int fromBase) => (long)ParseBase(value, fromBase, 64);

        private static ulong ParseBase(string? value, int fromBase, int width)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.", nameof(fromBase));
            if (value == null) return 0;
            if (fromBase == 10) return width == 32 ? (ulong)(uint)int.Parse(value) : (ulong)long.Parse(value);
            ReadOnlySpan<char> text = value.AsSpan();
            if (fromBase == 16 && text.Length >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x') text = text.Slice(2);
            if (text.Length == 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            ulong result = 0;
            foreach (char c in text)
            {
                int digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
                if (digit < 0 || digit >= fromBase) throw new FormatException("Could not find any recognizable digits.");
                ulong next = result * (ulong)fromBase + (ulong)digit;
                if (width == 32 ? next > uint.MaxValue : next / (ulong)fromBase != result) throw new OverflowException("Value was either too large or too small for an Int" + width.ToString() + ".");
                result = next;
            }
            return result;
        }
    }
}
