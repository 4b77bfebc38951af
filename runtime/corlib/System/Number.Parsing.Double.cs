using System.Globalization;

namespace System
{
    internal static partial class Number
    {
        /// <summary>Significant digits kept when parsing; any nonzero digit beyond only sets a sticky bit.</summary>
        private const int MaxParseDigits = 800;

        /// <summary>Blocks for parsing: 10^1160 (3854 bits) scaled by 2^66 fits in 124 blocks.</summary>
        private const int ParseBlocks = 130;

        /// <summary>
        /// Parses a double in the invariant culture, correctly rounded (ties to even), as .NET does:
        /// digits with an optional '.', exponent and sign as <paramref name="styles"/> allows, and the
        /// symbols "NaN" and "Infinity" in any case.
        /// </summary>
        internal static ParsingStatus TryParseDouble(ReadOnlySpan<char> s, NumberStyles styles, out double result)
        {
            ParsingStatus status = TryParseBinaryFloat(s, styles, 53, -1022, 1023, out ulong bits, out bool negative, out bool isNaN);
            if (isNaN) result = double.NaN;
            else result = BitConverter.Int64BitsToDouble((long)(bits | (negative ? 1UL << 63 : 0)));
            return status;
        }

        internal static ParsingStatus TryParseSingle(ReadOnlySpan<char> s, NumberStyles styles, out float result)
        {
            ParsingStatus status = TryParseBinaryFloat(s, styles, 24, -126, 127, out ulong bits, out bool negative, out bool isNaN);
            if (isNaN) result = float.NaN;
            else result = BitConverter.Int32BitsToSingle((int)((uint)bits | (negative ? 1u << 31 : 0)));
            return status;
        }

        /// <summary>Parses into the IEEE bit pattern (without sign) of a format with the given precision and exponent range.</summary>
        private static ParsingStatus TryParseBinaryFloat(ReadOnlySpan<char> s, NumberStyles styles, int precisionBits, int minExponent, int maxExponent, out ulong bits, out bool negative, out bool isNaN)
        {
            bits = 0;
            negative = false;
            isNaN = false;
            int i = 0;
            int end = s.Length;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < end && IsWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (end > i && IsWhite(s[end - 1])) end--;
            ReadOnlySpan<char> text = s.Slice(i, end - i);

            int pos = 0;
            if ((styles & NumberStyles.AllowLeadingSign) != 0 && pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
            {
                negative = text[pos] == '-';
                pos++;
            }
            int infinityExponent = maxExponent + 1 - minExponent + 1;
            ReadOnlySpan<char> rest = text.Slice(pos);
            if (rest.Equals("NaN", StringComparison.OrdinalIgnoreCase))
            {
                isNaN = true;
                return ParsingStatus.OK;
            }
            if (rest.Equals("Infinity", StringComparison.OrdinalIgnoreCase))
            {
                bits = (ulong)infinityExponent << (precisionBits - 1);
                return ParsingStatus.OK;
            }

            Span<byte> digits = stackalloc byte[MaxParseDigits];
            int digitCount = 0;
            bool sticky = false;
            int scale = 0;
            bool sawDigit = false;
            bool allowThousands = (styles & NumberStyles.AllowThousands) != 0;
            for (; pos < text.Length; pos++)
            {
                char c = text[pos];
                if ((uint)(c - '0') <= 9)
                {
                    sawDigit = true;
                    if (digitCount == 0 && c == '0') continue;
                    if (digitCount < MaxParseDigits) digits[digitCount++] = (byte)c;
                    else if (c != '0') sticky = true;
                    scale++;
                }
                else if (c == ',' && allowThousands && sawDigit)
                {
                }
                else
                {
                    break;
                }
            }
            if (pos < text.Length && text[pos] == '.' && (styles & NumberStyles.AllowDecimalPoint) != 0)
            {
                for (pos++; pos < text.Length && (uint)(text[pos] - '0') <= 9; pos++)
                {
                    sawDigit = true;
                    char c = text[pos];
                    if (digitCount == 0)
                    {
                        if (c == '0')
                        {
                            scale--;
                            continue;
                        }
                    }
                    if (digitCount < MaxParseDigits) digits[digitCount++] = (byte)c;
                    else if (c != '0') sticky = true;
                }
            }
            if (!sawDigit) return ParsingStatus.Failed;
            if (pos < text.Length && (text[pos] | 0x20) == 'e' && (styles & NumberStyles.AllowExponent) != 0)
            {
                pos++;
                bool exponentNegative = false;
                if (pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
                {
                    exponentNegative = text[pos] == '-';
                    pos++;
                }
                if (pos == text.Length || (uint)(text[pos] - '0') > 9) return ParsingStatus.Failed;
                int exponentValue = 0;
                for (; pos < text.Length && (uint)(text[pos] - '0') <= 9; pos++)
                {
                    if (exponentValue < 100_000) exponentValue = exponentValue * 10 + (text[pos] - '0');
                }
                scale += exponentNegative ? -exponentValue : exponentValue;
            }
            if (pos != text.Length) return ParsingStatus.Failed;

            while (digitCount > 0 && digits[digitCount - 1] == '0') digitCount--;
            if (digitCount == 0) return ParsingStatus.OK;

            // value = 0.d₁d₂… × 10^scale = D × 10^(scale - digitCount), D the digits as an integer.
            int decimalExponent = scale - digitCount;
            if (scale > 330)
            {
                bits = (ulong)infinityExponent << (precisionBits - 1);
                return ParsingStatus.OK;
            }
            if (scale < -360) return ParsingStatus.OK;

            if (TryParseFast(digits.Slice(0, digitCount), decimalExponent, precisionBits, out bits)) return ParsingStatus.OK;

            Span<uint> numeratorStorage = stackalloc uint[ParseBlocks];
            Span<uint> denominatorStorage = stackalloc uint[ParseBlocks];
            Span<uint> scratchStorage = stackalloc uint[ParseBlocks];
            var numerator = new BigInteger(numeratorStorage);
            var denominator = new BigInteger(denominatorStorage);
            var scratch = new BigInteger(scratchStorage);
            for (int d = 0; d < digitCount; d++)
            {
                numerator.MultiplyUInt32(10);
                numerator.AddUInt32((uint)(digits[d] - '0'));
            }

            ulong significand;
            int binaryExponent;
            if (decimalExponent >= 0)
            {
                numerator.MultiplyPow10(decimalExponent);
                significand = numerator.GetTop64Bits(out bool lower, out int shiftedOut);
                sticky |= lower;
                binaryExponent = shiftedOut;
            }
            else
            {
                denominator.SetUInt64(1);
                denominator.MultiplyPow10(-decimalExponent);
                // Scale the numerator so the quotient has 66 or more significant bits.
                int shift = denominator.BitLength() - numerator.BitLength() + 66;
                if (shift < 0) shift = 0;
                numerator.ShiftLeft(shift);
                significand = DivideToUInt64(ref numerator, ref denominator, ref scratch, out bool remainderNonZero, out int quotientShift);
                sticky |= remainderNonZero;
                binaryExponent = quotientShift - shift;
            }

            bits = AssembleBinaryFloat(significand, binaryExponent, sticky, precisionBits, minExponent, maxExponent);
            return ParsingStatus.OK;
        }

        /// <summary>
        /// numerator / denominator as its top 64 bits (quotient = result·2^shift + dropped bits); the sticky
        /// flag reports a nonzero remainder or dropped bit. Destroys the numerator; <paramref name="shifted"/> is scratch space.
        /// </summary>
        private static ulong DivideToUInt64(ref BigInteger numerator, ref BigInteger denominator, ref BigInteger shifted, out bool sticky, out int shift)
        {
            int quotientBits = numerator.BitLength() - denominator.BitLength() + 1;
            if (quotientBits < 1) quotientBits = 1;
            shifted.SetValue(ref denominator);
            shifted.ShiftLeft(quotientBits - 1);
            ulong quotient = 0;
            bool droppedNonZero = false;
            shift = quotientBits > 64 ? quotientBits - 64 : 0;
            for (int bit = quotientBits - 1; bit >= 0; bit--)
            {
                bool set = BigInteger.Compare(ref numerator, ref shifted) >= 0;
                if (set) numerator.Subtract(ref shifted);
                if (bit >= shift) quotient = (quotient << 1) | (set ? 1UL : 0UL);
                else droppedNonZero |= set;
                shifted.ShiftRightOne();
            }
            sticky = droppedNonZero || !numerator.IsZero;
            return quotient;
        }

        private static readonly double[] s_exactPowersOf10 =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /// <summary>
        /// Clinger's fast path: when the digits and the power of ten are both exact in the target
        /// format (≤ 15 digits and 10^±22 for double, ≤ 7 digits and 10^±10 for float), one IEEE
        /// multiplication or division rounds correctly.
        /// </summary>
        private static bool TryParseFast(ReadOnlySpan<byte> digits, int decimalExponent, int precisionBits, out ulong bits)
        {
            bits = 0;
            bool isDouble = precisionBits == 53;
            int maxDigits = isDouble ? 15 : 7;
            int maxExponent = isDouble ? 22 : 10;
            if (digits.Length > maxDigits || decimalExponent > maxExponent || decimalExponent < -maxExponent) return false;
            ulong integer = 0;
            foreach (byte digit in digits) integer = integer * 10 + (uint)(digit - '0');
            if (isDouble)
            {
                double power = s_exactPowersOf10[decimalExponent < 0 ? -decimalExponent : decimalExponent];
                double value = decimalExponent < 0 ? integer / power : integer * power;
                bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            }
            else
            {
                float power = (float)s_exactPowersOf10[decimalExponent < 0 ? -decimalExponent : decimalExponent];
                float value = decimalExponent < 0 ? integer / power : integer * power;
                bits = (uint)BitConverter.SingleToInt32Bits(value);
            }
            return true;
        }

        /// <summary>
        /// Rounds significand·2^exponent (+ a sticky fraction) to nearest-even in a binary format of
        /// <paramref name="precisionBits"/> bits (hidden bit included) and returns its bits without sign:
        /// subnormals below 2^minExponent, infinity above 2^maxExponent.
        /// </summary>
        private static ulong AssembleBinaryFloat(ulong significand, int exponent, bool sticky, int precisionBits, int minExponent, int maxExponent)
        {
            if (significand == 0) return 0;
            int leading = 63;
            while ((significand >> leading) == 0) leading--;
            significand <<= 63 - leading;
            int topExponent = exponent + leading;
            ulong infinity = (ulong)(maxExponent - minExponent + 2) << (precisionBits - 1);
            if (topExponent > maxExponent) return infinity;

            int keep = topExponent >= minExponent ? precisionBits : precisionBits - (minExponent - topExponent);
            if (keep < 0) return 0;
            int drop = 64 - keep;
            ulong kept = keep == 0 ? 0 : significand >> drop;
            ulong half = 1UL << (drop - 1);
            ulong remainder = significand & ((half << 1) - 1);
            bool roundUp = remainder > half || (remainder == half && (sticky || (kept & 1) != 0));
            if (roundUp) kept++;

            if (topExponent < minExponent)
            {
                // Subnormal: the field is the significand; a carry into 2^(precision-1) is the smallest normal, as encoded.
                return kept;
            }
            if (kept == 1UL << precisionBits)
            {
                kept >>= 1;
                topExponent++;
                if (topExponent > maxExponent) return infinity;
            }
            ulong biased = (ulong)(topExponent - minExponent + 1);
            return (biased << (precisionBits - 1)) | (kept & ((1UL << (precisionBits - 1)) - 1));
        }
    }
}
