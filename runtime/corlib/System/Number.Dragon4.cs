namespace System
{
    internal static partial class Number
    {
        /// <summary>Blocks for the shortest-digits integers: 2^1077 and 10^325 both fit in 36 blocks.</summary>
        private const int ShortestBlocks = 40;

        /// <summary>Blocks for the exact expansion: m·5^1074 has 2547 bits (80 blocks).</summary>
        private const int ExactBlocks = 84;

        /// <summary>
        /// The shortest decimal digits that read back (round-to-nearest-even) as the binary value
        /// mantissa·2^exponent, choosing the closest such string and, on a tie, the even last digit.
        /// Steele &amp; White / Burger &amp; Dybvig "free-format" generation over exact integers: the
        /// value is r/s, the rounding interval is (r - m⁻, r + m⁺)/s, inclusive when the mantissa is
        /// even (IEEE ties-to-even reading maps the boundary back). <paramref name="unequalMargins"/>
        /// says the predecessor lies in the binade below, so the lower half-gap is half the upper one.
        /// </summary>
        internal static void ShortestDigits(ulong mantissa, int exponent, bool unequalMargins, ref NumberBuffer number)
        {
            Span<uint> rStorage = stackalloc uint[ShortestBlocks];
            Span<uint> sStorage = stackalloc uint[ShortestBlocks];
            Span<uint> plusStorage = stackalloc uint[ShortestBlocks];
            Span<uint> minusStorage = stackalloc uint[ShortestBlocks];
            var r = new BigInteger(rStorage);
            var s = new BigInteger(sStorage);
            var mPlus = new BigInteger(plusStorage);
            var mMinus = new BigInteger(minusStorage);
            bool inclusive = (mantissa & 1) == 0;

            r.SetUInt64(mantissa);
            int marginShift = unequalMargins ? 1 : 0;
            if (exponent >= 0)
            {
                r.ShiftLeft(exponent + 1 + marginShift);
                s.SetUInt64(2u << marginShift);
                mPlus.SetUInt64(1);
                mPlus.ShiftLeft(exponent + marginShift);
                mMinus.SetUInt64(1);
                mMinus.ShiftLeft(exponent);
            }
            else
            {
                r.ShiftLeft(1 + marginShift);
                s.SetUInt64(1);
                s.ShiftLeft(1 - exponent + marginShift);
                mPlus.SetUInt64(1u << marginShift);
                mMinus.SetUInt64(1);
            }

            // Estimate k = ⌈log10 v⌉ from below with floor(log2 v · log10 2), then raise it until
            // the interval's top lies at or under 10^k.
            int log2 = BitLength(mantissa) - 1 + exponent;
            int k = (log2 * 78913) >> 18;
            if (k >= 0) s.MultiplyPow10(k);
            else
            {
                r.MultiplyPow10(-k);
                mPlus.MultiplyPow10(-k);
                mMinus.MultiplyPow10(-k);
            }
            while (IsHigh(ref r, ref mPlus, ref s, inclusive))
            {
                s.MultiplyUInt32(10);
                k++;
            }

            // Scale everything by one power of two so that digit estimates from the top blocks are exact.
            int normalize = s.NormalizeShift();
            r.ShiftLeft(normalize);
            s.ShiftLeft(normalize);
            mPlus.ShiftLeft(normalize);
            mMinus.ShiftLeft(normalize);

            int count = 0;
            uint digit;
            bool low, high;
            while (true)
            {
                r.MultiplyUInt32(10);
                mPlus.MultiplyUInt32(10);
                if (unequalMargins) mMinus.MultiplyUInt32(10);
                digit = r.DivRemSmall(ref s);
                // With equal margins m⁻ = m⁺, so only m⁺ is kept up to date.
                int compareLow = unequalMargins ? BigInteger.Compare(ref r, ref mMinus) : BigInteger.Compare(ref r, ref mPlus);
                low = inclusive ? compareLow <= 0 : compareLow < 0;
                high = IsHigh(ref r, ref mPlus, ref s, inclusive);
                if (low || high) break;
                number.Digits[count++] = (byte)('0' + digit);
            }

            bool roundUp;
            if (low && high)
            {
                // Both neighbours are in the interval: take the closer one, the even digit on a tie.
                r.ShiftLeft(1);
                int compare = BigInteger.Compare(ref r, ref s);
                roundUp = compare > 0 || (compare == 0 && (digit & 1) != 0);
            }
            else
            {
                roundUp = high;
            }

            if (roundUp && digit == 9)
            {
                // Carry into the digits before: 0.1999 + 1 ulp of the last place.
                while (count > 0 && number.Digits[count - 1] == '9') count--;
                if (count == 0)
                {
                    number.Digits[0] = (byte)'1';
                    count = 1;
                    k++;
                }
                else
                {
                    number.Digits[count - 1]++;
                }
            }
            else
            {
                number.Digits[count++] = (byte)('0' + digit + (roundUp ? 1u : 0u));
            }

            while (count > 0 && number.Digits[count - 1] == '0') count--;
            number.DigitsCount = count;
            number.Scale = k;
        }

        private static bool IsHigh(ref BigInteger r, ref BigInteger mPlus, ref BigInteger s, bool inclusive)
        {
            int compare = BigInteger.CompareSum(ref r, ref mPlus, ref s);
            return inclusive ? compare >= 0 : compare > 0;
        }

        private static int BitLength(ulong value)
        {
            int bits = 0;
            while (value != 0)
            {
                bits++;
                value >>= 1;
            }
            return bits;
        }

        /// <summary>
        /// Every decimal digit of mantissa·2^exponent (a binary fraction has a finite decimal expansion),
        /// trailing zeros trimmed. For exponent &lt; 0 the digits are those of mantissa·5^-exponent.
        /// </summary>
        internal static void ExactDigits(ulong mantissa, int exponent, ref NumberBuffer number)
        {
            Span<uint> storage = stackalloc uint[ExactBlocks];
            var value = new BigInteger(storage);
            value.SetUInt64(mantissa);
            if (exponent >= 0) value.ShiftLeft(exponent);
            else value.MultiplyPow5(-exponent);

            // Nine-digit groups, least significant first.
            Span<uint> groups = stackalloc uint[ExactBlocks * 32 / 29 + 2];
            int groupCount = 0;
            while (!value.IsZero) groups[groupCount++] = value.DivRemUInt32(1_000_000_000);

            int count = 0;
            uint top = groups[groupCount - 1];
            Span<byte> topDigits = stackalloc byte[9];
            int topCount = 0;
            while (top != 0)
            {
                topDigits[topCount++] = (byte)('0' + top % 10);
                top /= 10;
            }
            while (topCount > 0) number.Digits[count++] = topDigits[--topCount];
            for (int g = groupCount - 2; g >= 0; g--)
            {
                uint group = groups[g];
                for (int i = 8; i >= 0; i--)
                {
                    number.Digits[count + i] = (byte)('0' + group % 10);
                    group /= 10;
                }
                count += 9;
            }

            number.Scale = count + (exponent < 0 ? exponent : 0);
            while (count > 0 && number.Digits[count - 1] == '0') count--;
            number.DigitsCount = count;
        }

        /// <summary>
        /// Rounds exact digits to the first <paramref name="keep"/> digits, to nearest, ties to even
        /// (what .NET's Dragon4 does with a cutoff). <paramref name="keep"/> ≤ 0 leaves zero or, when
        /// the value exceeds half a unit of the kept place, one unit of it.
        /// </summary>
        internal static void RoundExactDigits(ref NumberBuffer number, int keep)
        {
            int count = number.DigitsCount;
            if (keep >= count) return;
            if (keep < 0)
            {
                number.DigitsCount = 0;
                number.Scale = 0;
                return;
            }

            byte next = number.Digits[keep];
            bool roundUp;
            if (next != '5')
            {
                roundUp = next > '5';
            }
            else
            {
                bool beyondHalf = keep + 1 < count;
                roundUp = beyondHalf || (keep > 0 && ((number.Digits[keep - 1] - '0') & 1) != 0);
            }

            int length = keep;
            if (roundUp)
            {
                while (length > 0 && number.Digits[length - 1] == '9') length--;
                if (length == 0)
                {
                    number.Digits[0] = (byte)'1';
                    length = 1;
                    number.Scale++;
                }
                else
                {
                    number.Digits[length - 1]++;
                }
            }
            while (length > 0 && number.Digits[length - 1] == '0') length--;
            number.DigitsCount = length;
            if (length == 0) number.Scale = 0;
        }
    }
}
