namespace System
{
    internal static partial class Number
    {
        /// <summary>Room for every digit of a double: at most 767 significant decimal digits.</summary>
        private const int DoubleDigitsCapacity = 800;

        private const int DoubleMaxRoundTripDigits = 17;
        private const int SingleMaxRoundTripDigits = 9;
        private const int DoublePrecisionCustomFormat = 15;
        private const int SinglePrecisionCustomFormat = 7;

        /// <summary>
        /// Formats a double exactly as .NET does: shortest round-trip digits for "G"/"R"/default, exact
        /// decimal expansion rounded half-to-even for precisions ("F3", "E10", "G17"), 15 significant
        /// digits for custom formats. Returns the length of the result (see <see cref="FormatInt64"/>).
        /// </summary>
        internal static int FormatDouble(double value, ReadOnlySpan<char> format, Span<char> destination)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            int biasedExponent = (int)(bits >> 52) & 0x7FF;
            ulong fraction = bits & 0xFFFFFFFFFFFFFUL;
            bool negative = (long)bits < 0;
            if (biasedExponent == 0x7FF) return FormatNonFinite(fraction != 0, negative, destination);

            ulong mantissa = biasedExponent == 0 ? fraction : fraction | (1UL << 52);
            int exponent = (biasedExponent == 0 ? 1 : biasedExponent) - 1075;
            bool unequalMargins = fraction == 0 && biasedExponent > 1;
            return FormatFloatingPoint(mantissa, exponent, unequalMargins, negative, DoubleMaxRoundTripDigits, DoublePrecisionCustomFormat, format, destination);
        }

        /// <summary>Formats a float exactly as .NET does (see <see cref="FormatDouble"/>; 9 round-trip digits, 7 for custom formats).</summary>
        internal static int FormatSingle(float value, ReadOnlySpan<char> format, Span<char> destination)
        {
            uint bits = (uint)BitConverter.SingleToInt32Bits(value);
            int biasedExponent = (int)(bits >> 23) & 0xFF;
            uint fraction = bits & 0x7FFFFF;
            bool negative = (int)bits < 0;
            if (biasedExponent == 0xFF) return FormatNonFinite(fraction != 0, negative, destination);

            ulong mantissa = biasedExponent == 0 ? fraction : fraction | (1u << 23);
            int exponent = (biasedExponent == 0 ? 1 : biasedExponent) - 150;
            bool unequalMargins = fraction == 0 && biasedExponent > 1;
            return FormatFloatingPoint(mantissa, exponent, unequalMargins, negative, SingleMaxRoundTripDigits, SinglePrecisionCustomFormat, format, destination);
        }

        private static int FormatNonFinite(bool isNaN, bool negative, Span<char> destination)
        {
            scoped CharWriter writer = new CharWriter(destination);
            writer.Append(isNaN ? NaNSymbol : negative ? NegativeInfinitySymbol : PositiveInfinitySymbol);
            return writer.Length;
        }

        private static int FormatFloatingPoint(ulong mantissa, int exponent, bool unequalMargins, bool negative, int maxRoundTripDigits, int customFormatPrecision, ReadOnlySpan<char> format, Span<char> destination)
        {
            char fmt = ParseFormatSpecifier(format, out int precision);
            int requestedPrecision = precision;
            bool isSignificantDigits;
            switch (fmt)
            {
                case '\0':
                    precision = customFormatPrecision;
                    isSignificantDigits = true;
                    break;
                case 'C':
                case 'c':
                case 'F':
                case 'f':
                case 'N':
                case 'n':
                    if (precision == -1) precision = InvariantDecimalDigits;
                    isSignificantDigits = false;
                    break;
                case 'E':
                case 'e':
                    if (precision == -1) precision = DefaultExponentialPrecision;
                    precision++;
                    isSignificantDigits = true;
                    break;
                case 'G':
                case 'g':
                    if (precision == 0) precision = -1;
                    isSignificantDigits = true;
                    break;
                case 'P':
                case 'p':
                    if (precision == -1) precision = InvariantDecimalDigits;
                    precision += 2;
                    isSignificantDigits = false;
                    break;
                case 'R':
                case 'r':
                    fmt = (char)(fmt - ('R' - 'G'));
                    precision = -1;
                    requestedPrecision = -1;
                    isSignificantDigits = true;
                    break;
                default:
                    throw new FormatException(BadFormatSpecifierMessage);
            }

            Span<byte> digits = stackalloc byte[DoubleDigitsCapacity];
            var number = new NumberBuffer(digits);
            number.IsNegative = negative;
            number.IsFloatingPoint = true;
            if (mantissa != 0)
            {
                if (precision == -1)
                {
                    ShortestDigits(mantissa, exponent, unequalMargins, ref number);
                }
                else
                {
                    ExactDigits(mantissa, exponent, ref number);
                    RoundExactDigits(ref number, isSignificantDigits ? precision : number.Scale + precision);
                }
            }

            scoped CharWriter writer = new CharWriter(destination);
            if (fmt == '\0')
            {
                NumberToStringFormat(ref writer, ref number, format);
            }
            else
            {
                if (precision == -1)
                {
                    // Shortest output: switch to exponent notation only past the round-trip digit count,
                    // so that 1E+16 still prints as 10000000000000000 (as .NET does).
                    requestedPrecision = number.DigitsCount > maxRoundTripDigits ? number.DigitsCount : maxRoundTripDigits;
                }
                NumberToString(ref writer, ref number, fmt, requestedPrecision, isCorrectlyRounded: true);
            }
            return writer.Length;
        }
    }
}
