namespace System
{
    /// <summary>
    /// .NET's standard numeric format strings over a <see cref="NumberBuffer"/>, with the invariant
    /// culture's symbols (Rivet formats with the invariant culture only). Pure code: also compiled into
    /// tests/Rivet.CoreLib.Tests and checked against the BCL.
    /// </summary>
    internal static partial class Number
    {
        internal const string BadFormatSpecifierMessage = "Format specifier was invalid.";
        internal const string NaNSymbol = "NaN";
        internal const string PositiveInfinitySymbol = "Infinity";
        internal const string NegativeInfinitySymbol = "-Infinity";
        private const string CurrencySymbol = "\u00A4";
        private const int InvariantDecimalDigits = 2;
        private const int DefaultExponentialPrecision = 6;
        private const int GroupSize = 3;

        /// <summary>
        /// Splits a standard format ("X8", "N2", "G") into its letter and precision (-1 when absent).
        /// Returns '\0' for a custom format, 'G' for an empty one.
        /// </summary>
        internal static char ParseFormatSpecifier(ReadOnlySpan<char> format, out int precision)
        {
            char c = format.Length > 0 ? format[0] : '\0';
            if (IsAsciiLetter(c))
            {
                int i = 1;
                int n = 0;
                while (i < format.Length && (uint)(format[i] - '0') <= 9)
                {
                    if (n >= 100_000_000) throw new FormatException(BadFormatSpecifierMessage);
                    n = n * 10 + (format[i] - '0');
                    i++;
                }
                if (i == format.Length || format[i] == '\0')
                {
                    precision = i == 1 ? -1 : n;
                    return c;
                }
            }
            precision = -1;
            return format.Length == 0 || c == '\0' ? 'G' : '\0';
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        /// <summary>
        /// Formats <paramref name="number"/> with a standard format letter and precision (-1 = default).
        /// <paramref name="isCorrectlyRounded"/> says the digits were already rounded to the requested
        /// precision (floating point), so only trailing zeros are trimmed.
        /// </summary>
        internal static void NumberToString(ref CharWriter writer, scoped ref NumberBuffer number, char format, int precision, bool isCorrectlyRounded)
        {
            switch (format)
            {
                case 'C':
                case 'c':
                {
                    if (precision < 0) precision = InvariantDecimalDigits;
                    RoundNumber(ref number, number.Scale + precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('(');
                    writer.Append(CurrencySymbol);
                    FormatFixed(ref writer, ref number, precision, groupDigits: true);
                    if (number.IsNegative) writer.Append(')');
                    break;
                }
                case 'F':
                case 'f':
                {
                    if (precision < 0) precision = InvariantDecimalDigits;
                    RoundNumber(ref number, number.Scale + precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('-');
                    FormatFixed(ref writer, ref number, precision, groupDigits: false);
                    break;
                }
                case 'N':
                case 'n':
                {
                    if (precision < 0) precision = InvariantDecimalDigits;
                    RoundNumber(ref number, number.Scale + precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('-');
                    FormatFixed(ref writer, ref number, precision, groupDigits: true);
                    break;
                }
                case 'E':
                case 'e':
                {
                    if (precision < 0) precision = DefaultExponentialPrecision;
                    precision++;
                    RoundNumber(ref number, precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('-');
                    FormatScientific(ref writer, ref number, precision, format);
                    break;
                }
                case 'G':
                case 'g':
                {
                    if (precision < 1) precision = number.DigitsCount;
                    RoundNumber(ref number, precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('-');
                    FormatGeneral(ref writer, ref number, precision, (char)(format - ('G' - 'E')));
                    break;
                }
                case 'P':
                case 'p':
                {
                    if (precision < 0) precision = InvariantDecimalDigits;
                    number.Scale += 2;
                    RoundNumber(ref number, number.Scale + precision, isCorrectlyRounded);
                    if (number.IsNegative) writer.Append('-');
                    FormatFixed(ref writer, ref number, precision, groupDigits: true);
                    writer.Append(' ');
                    writer.Append('%');
                    break;
                }
                default:
                    throw new FormatException(BadFormatSpecifierMessage);
            }
        }

        /// <summary>
        /// Keeps the first <paramref name="pos"/> digits, rounding half up on the next digit unless the
        /// digits are already correctly rounded; trims trailing zeros. A result of zero has scale 0.
        /// </summary>
        internal static void RoundNumber(ref NumberBuffer number, int pos, bool isCorrectlyRounded)
        {
            Span<byte> dig = number.Digits;
            int i = 0;
            while (i < pos && i < number.DigitsCount) i++;

            if (i == pos && i < number.DigitsCount && !isCorrectlyRounded && dig[i] >= '5')
            {
                while (i > 0 && dig[i - 1] == '9') i--;
                if (i > 0)
                {
                    dig[i - 1]++;
                }
                else
                {
                    number.Scale++;
                    dig[0] = (byte)'1';
                    i = 1;
                }
            }
            else
            {
                while (i > 0 && dig[i - 1] == '0') i--;
            }

            if (i == 0)
            {
                if (!number.IsFloatingPoint) number.IsNegative = false;
                number.Scale = 0;
            }
            number.DigitsCount = i;
        }

        /// <summary>Integer part (optionally grouped by threes), then exactly <paramref name="decimals"/> decimals.</summary>
        private static void FormatFixed(ref CharWriter writer, scoped ref NumberBuffer number, int decimals, bool groupDigits)
        {
            int digPos = number.Scale;
            int next = 0;
            if (digPos > 0)
            {
                for (int remaining = digPos; remaining > 0; remaining--)
                {
                    writer.Append(number.DigitOrZero(next++));
                    if (groupDigits && remaining > 1 && (remaining - 1) % GroupSize == 0) writer.Append(',');
                }
            }
            else
            {
                writer.Append('0');
            }

            if (decimals > 0)
            {
                writer.Append('.');
                if (digPos < 0)
                {
                    int zeros = -digPos < decimals ? -digPos : decimals;
                    writer.Append('0', zeros);
                    decimals -= zeros;
                }
                for (; decimals > 0; decimals--) writer.Append(number.DigitOrZero(next++));
            }
        }

        /// <summary>d.ddd…E+ddd with <paramref name="digits"/> significant digits and an exponent of at least three digits.</summary>
        private static void FormatScientific(ref CharWriter writer, scoped ref NumberBuffer number, int digits, char expChar)
        {
            writer.Append(number.DigitOrZero(0));
            if (digits != 1) writer.Append('.');
            for (int i = 1; i < digits; i++) writer.Append(number.DigitOrZero(i));
            int exponent = number.DigitsCount == 0 ? 0 : number.Scale - 1;
            FormatExponent(ref writer, exponent, expChar, 3, positiveSign: true);
        }

        /// <summary>Fixed notation, or scientific when the exponent is ≥ <paramref name="maxDigits"/> or &lt; -4 (then "E+dd").</summary>
        private static void FormatGeneral(ref CharWriter writer, scoped ref NumberBuffer number, int maxDigits, char expChar)
        {
            int digPos = number.Scale;
            bool scientific = false;
            if (digPos > maxDigits || digPos < -3)
            {
                digPos = 1;
                scientific = true;
            }

            int next = 0;
            if (digPos > 0)
            {
                do
                {
                    writer.Append(number.DigitOrZero(next++));
                }
                while (--digPos > 0);
            }
            else
            {
                writer.Append('0');
            }

            if (next < number.DigitsCount || digPos < 0)
            {
                writer.Append('.');
                for (; digPos < 0; digPos++) writer.Append('0');
                while (next < number.DigitsCount) writer.Append((char)number.Digits[next++]);
            }

            if (scientific) FormatExponent(ref writer, number.Scale - 1, expChar, 2, positiveSign: true);
        }

        private static void FormatExponent(ref CharWriter writer, int value, char expChar, int minDigits, bool positiveSign)
        {
            writer.Append(expChar);
            if (value < 0)
            {
                writer.Append('-');
                value = -value;
            }
            else if (positiveSign)
            {
                writer.Append('+');
            }
            Span<char> digits = stackalloc char[10];
            int count = 0;
            do
            {
                digits[count++] = (char)('0' + value % 10);
                value /= 10;
            }
            while (value != 0);
            for (int i = count; i < minDigits; i++) writer.Append('0');
            while (count > 0) writer.Append(digits[--count]);
        }
    }
}
