using System.Globalization;

namespace System
{
    internal static partial class Number
    {
        internal enum ParsingStatus
        {
            OK,
            Failed,
            Overflow,
        }

        /// <summary>
        /// Parses an integer in the invariant culture. Decimal input yields a magnitude and a sign, with
        /// overflow reported when the magnitude exceeds <paramref name="maxPositive"/> (or
        /// <paramref name="maxPositive"/> + 1 when negative, if <paramref name="isSigned"/>). Hex and
        /// binary input (no sign) yield raw bits that must fit in <paramref name="bitsMask"/>.
        /// </summary>
        internal static ParsingStatus TryParseInteger(ReadOnlySpan<char> s, NumberStyles styles, bool isSigned, ulong maxPositive, ulong bitsMask, out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            int i = 0;
            int end = s.Length;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < end && IsWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (end > i && IsWhite(s[end - 1])) end--;

            bool parentheses = false;
            if ((styles & NumberStyles.AllowParentheses) != 0 && i < end && s[i] == '(' && s[end - 1] == ')' && end - i >= 2)
            {
                parentheses = true;
                negative = true;
                i++;
                end--;
            }
            if (!parentheses && (styles & NumberStyles.AllowLeadingSign) != 0 && i < end && (s[i] == '-' || s[i] == '+'))
            {
                negative = s[i] == '-';
                i++;
            }
            else if (!parentheses && (styles & NumberStyles.AllowTrailingSign) != 0 && end > i && (s[end - 1] == '-' || s[end - 1] == '+'))
            {
                negative = s[end - 1] == '-';
                end--;
            }
            if (i >= end) return ParsingStatus.Failed;

            if ((styles & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
            {
                int shift = (styles & NumberStyles.AllowHexSpecifier) != 0 ? 4 : 1;
                bool overflow = false;
                for (; i < end; i++)
                {
                    int digit = DigitValue(s[i]);
                    if (digit < 0 || digit >= 1 << shift) return ParsingStatus.Failed;
                    if ((magnitude & ~(bitsMask >> shift)) != 0) overflow = true;
                    magnitude = (magnitude << shift) | (uint)digit;
                }
                return overflow ? ParsingStatus.Overflow : ParsingStatus.OK;
            }

            bool allowThousands = (styles & NumberStyles.AllowThousands) != 0;
            bool allowDecimal = (styles & NumberStyles.AllowDecimalPoint) != 0;
            bool tooBig = false;
            bool sawDigit = false;
            for (; i < end; i++)
            {
                char c = s[i];
                if ((uint)(c - '0') <= 9)
                {
                    sawDigit = true;
                    ulong digit = (uint)(c - '0');
                    if (magnitude > (ulong.MaxValue - digit) / 10) tooBig = true;
                    else magnitude = magnitude * 10 + digit;
                }
                else if (c == ',' && allowThousands && sawDigit)
                {
                }
                else if (c == '.' && allowDecimal)
                {
                    // Only zeros may follow the decimal point of an integer.
                    for (i++; i < end; i++)
                    {
                        if (s[i] != '0') return (uint)(s[i] - '0') <= 9 ? ParsingStatus.Overflow : ParsingStatus.Failed;
                    }
                    break;
                }
                else
                {
                    return ParsingStatus.Failed;
                }
            }
            if (!sawDigit) return ParsingStatus.Failed;
            if (tooBig) return ParsingStatus.Overflow;
            ulong limit = negative && isSigned ? maxPositive + 1 : maxPositive;
            if (negative && !isSigned) limit = 0;
            if (magnitude > limit) return ParsingStatus.Overflow;
            if (magnitude == 0) negative = false;
            return ParsingStatus.OK;
        }

        private static int DigitValue(char c)
        {
            if ((uint)(c - '0') <= 9) return c - '0';
            int lower = c | 0x20;
            if ((uint)(lower - 'a') <= 'f' - 'a') return lower - 'a' + 10;
            return -1;
        }

        /// <summary>The white space .NET's number parser skips: tab through carriage return, and space.</summary>
        internal static bool IsWhite(char c) => c == ' ' || (uint)(c - '\t') <= '\r' - '\t';

        internal static string FormatErrorMessage(ReadOnlySpan<char> s) => "The input string '" + s.ToString() + "' was not in a correct format.";
    }
}
