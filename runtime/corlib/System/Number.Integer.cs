namespace System
{
    internal static partial class Number
    {
        private const int MaxUInt64Digits = 20;

        /// <summary>
        /// Formats a signed integer. <paramref name="bitsMask"/> is the type's all-ones value (0xFF for sbyte, …),
        /// used by "X" and "B", which print the two's-complement bits. Returns the length of the result;
        /// when it exceeds <paramref name="destination"/>'s length nothing useful was written.
        /// </summary>
        internal static int FormatInt64(long value, ulong bitsMask, ReadOnlySpan<char> format, Span<char> destination)
        {
            bool negative = value < 0;
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            return FormatInteger(magnitude, negative, (ulong)value & bitsMask, format, destination);
        }

        /// <summary>Formats an unsigned integer; see <see cref="FormatInt64"/>.</summary>
        internal static int FormatUInt64(ulong value, ReadOnlySpan<char> format, Span<char> destination) =>
            FormatInteger(value, false, value, format, destination);

        private static int FormatInteger(ulong magnitude, bool negative, ulong bits, ReadOnlySpan<char> format, Span<char> destination)
        {
            scoped CharWriter writer = new CharWriter(destination);
            char fmt = ParseFormatSpecifier(format, out int precision);
            char upper = (char)(fmt & 0xFFDF);

            if (upper == 'G' ? precision < 1 : upper == 'D' || upper == 'R')
            {
                if (negative) writer.Append('-');
                WriteDecimal(ref writer, magnitude, precision);
            }
            else if (upper == 'X')
            {
                WriteHex(ref writer, bits, precision, fmt == 'X');
            }
            else if (upper == 'B')
            {
                WriteBinary(ref writer, bits, precision);
            }
            else if (fmt != '\0')
            {
                Span<byte> digits = stackalloc byte[MaxUInt64Digits];
                var number = new NumberBuffer(digits);
                UInt64ToNumber(magnitude, negative, ref number);
                NumberToString(ref writer, ref number, fmt, precision, isCorrectlyRounded: false);
            }
            else
            {
                Span<byte> digits = stackalloc byte[MaxUInt64Digits];
                var number = new NumberBuffer(digits);
                UInt64ToNumber(magnitude, negative, ref number);
                NumberToStringFormat(ref writer, ref number, format);
            }
            return writer.Length;
        }

        internal static void UInt64ToNumber(ulong value, bool negative, ref NumberBuffer number)
        {
            Span<byte> reversed = stackalloc byte[MaxUInt64Digits];
            int count = 0;
            while (value != 0)
            {
                reversed[count++] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }
            number.IsNegative = negative;
            number.Scale = count;
            int kept = count;
            int skipped = 0;
            while (skipped < count && reversed[skipped] == '0') skipped++;
            kept = count - skipped;
            for (int i = 0; i < kept; i++) number.Digits[i] = reversed[count - 1 - i];
            number.DigitsCount = kept;
        }

        /// <summary>Decimal digits, zero-padded on the left to <paramref name="minDigits"/>.</summary>
        private static void WriteDecimal(ref CharWriter writer, ulong value, int minDigits)
        {
            Span<char> digits = stackalloc char[MaxUInt64Digits];
            int count = 0;
            do
            {
                digits[count++] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value != 0);
            if (minDigits > count) writer.Append('0', minDigits - count);
            while (count > 0) writer.Append(digits[--count]);
        }

        private static void WriteHex(ref CharWriter writer, ulong value, int minDigits, bool upperCase)
        {
            Span<char> digits = stackalloc char[16];
            int count = 0;
            int letterBase = upperCase ? 'A' - 10 : 'a' - 10;
            do
            {
                int nibble = (int)(value & 0xF);
                digits[count++] = (char)(nibble < 10 ? '0' + nibble : letterBase + nibble);
                value >>= 4;
            }
            while (value != 0);
            if (minDigits > count) writer.Append('0', minDigits - count);
            while (count > 0) writer.Append(digits[--count]);
        }

        private static void WriteBinary(ref CharWriter writer, ulong value, int minDigits)
        {
            Span<char> digits = stackalloc char[64];
            int count = 0;
            do
            {
                digits[count++] = (char)('0' + (int)(value & 1));
                value >>= 1;
            }
            while (value != 0);
            if (minDigits > count) writer.Append('0', minDigits - count);
            while (count > 0) writer.Append(digits[--count]);
        }
    }
}
