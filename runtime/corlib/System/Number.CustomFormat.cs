namespace System
{
    internal static partial class Number
    {
        /// <summary>
        /// .NET's custom numeric format strings ("0.00", "#,##0", "0.###E+00", "0;(0);zero"): up to three
        /// ';'-separated sections (positive; negative; zero), '0'/'#' placeholders, '.', ',' (grouping, or
        /// scaling by 1000 before the decimal point), '%', '‰', quoted literals and '\' escapes.
        /// </summary>
        internal static void NumberToStringFormat(ref CharWriter writer, scoped ref NumberBuffer number, ReadOnlySpan<char> format)
        {
            int digitCount, decimalPos, firstDigit, lastDigit;
            bool scientific, thousandSeps;
            int section = FindSection(format, number.DigitsCount == 0 ? 2 : number.IsNegative ? 1 : 0);

            while (true)
            {
                digitCount = 0;
                decimalPos = -1;
                firstDigit = 0x7FFFFFFF;
                lastDigit = 0;
                scientific = false;
                thousandSeps = false;
                int thousandPos = -1;
                int thousandCount = 0;
                int scaleAdjust = 0;
                int src = section;

                while (src < format.Length && format[src] != ';')
                {
                    char ch = format[src++];
                    switch (ch)
                    {
                        case '#':
                            digitCount++;
                            break;
                        case '0':
                            if (firstDigit == 0x7FFFFFFF) firstDigit = digitCount;
                            digitCount++;
                            lastDigit = digitCount;
                            break;
                        case '.':
                            if (decimalPos < 0) decimalPos = digitCount;
                            break;
                        case ',':
                            if (digitCount > 0 && decimalPos < 0)
                            {
                                if (thousandPos >= 0)
                                {
                                    if (thousandPos == digitCount)
                                    {
                                        thousandCount++;
                                        break;
                                    }
                                    thousandSeps = true;
                                }
                                thousandPos = digitCount;
                                thousandCount = 1;
                            }
                            break;
                        case '%':
                            scaleAdjust += 2;
                            break;
                        case '\u2030':
                            scaleAdjust += 3;
                            break;
                        case '\'':
                        case '"':
                            while (src < format.Length && format[src] != ch) src++;
                            if (src < format.Length) src++;
                            break;
                        case '\\':
                            if (src < format.Length) src++;
                            break;
                        case 'E':
                        case 'e':
                            if ((src < format.Length && format[src] == '0') ||
                                (src + 1 < format.Length && (format[src] == '+' || format[src] == '-') && format[src + 1] == '0'))
                            {
                                while (++src < format.Length && format[src] == '0') { }
                                scientific = true;
                            }
                            break;
                    }
                }

                if (decimalPos < 0) decimalPos = digitCount;

                if (thousandPos >= 0)
                {
                    if (thousandPos == decimalPos) scaleAdjust -= thousandCount * 3;
                    else thousandSeps = true;
                }

                if (number.DigitsCount != 0)
                {
                    number.Scale += scaleAdjust;
                    int pos = scientific ? digitCount : number.Scale + digitCount - decimalPos;
                    RoundNumber(ref number, pos, isCorrectlyRounded: false);
                    if (number.DigitsCount == 0)
                    {
                        int zeroSection = FindSection(format, 2);
                        if (zeroSection != section)
                        {
                            section = zeroSection;
                            continue;
                        }
                    }
                }
                else
                {
                    if (!number.IsFloatingPoint) number.IsNegative = false;
                    number.Scale = 0;
                }
                break;
            }

            firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0;
            lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0;

            int digPos, adjust;
            if (scientific)
            {
                digPos = decimalPos;
                adjust = 0;
            }
            else
            {
                digPos = number.Scale > decimalPos ? number.Scale : decimalPos;
                adjust = number.Scale - decimalPos;
            }

            // Integer-part digit counts after which a group separator follows (every third digit from the right).
            int totalDigits = digPos + (adjust < 0 ? adjust : 0);
            int integerDigits = firstDigit > totalDigits ? firstDigit : totalDigits;

            int start = writer.Length;
            if (number.IsNegative && section == 0 && number.DigitsCount != 0) writer.Append('-');

            bool decimalWritten = false;
            int cur = 0;
            int srcPos = section;
            while (srcPos < format.Length && format[srcPos] != ';')
            {
                char ch = format[srcPos++];
                if (adjust > 0 && (ch == '#' || ch == '0' || ch == '.'))
                {
                    while (adjust > 0)
                    {
                        writer.Append(number.DigitOrZero(cur++));
                        if (thousandSeps && digPos > 1 && IsGroupBoundary(digPos - 1, integerDigits)) writer.Append(',');
                        digPos--;
                        adjust--;
                    }
                }

                switch (ch)
                {
                    case '#':
                    case '0':
                    {
                        char output;
                        if (adjust < 0)
                        {
                            adjust++;
                            output = digPos <= firstDigit ? '0' : '\0';
                        }
                        else
                        {
                            output = cur < number.DigitsCount ? (char)number.Digits[cur++] : digPos > lastDigit ? '0' : '\0';
                        }
                        if (output != '\0')
                        {
                            writer.Append(output);
                            if (thousandSeps && digPos > 1 && IsGroupBoundary(digPos - 1, integerDigits)) writer.Append(',');
                        }
                        digPos--;
                        break;
                    }
                    case '.':
                        if (digPos != 0 || decimalWritten) break;
                        if (lastDigit < 0 || (decimalPos < digitCount && cur < number.DigitsCount))
                        {
                            writer.Append('.');
                            decimalWritten = true;
                        }
                        break;
                    case '\u2030':
                        writer.Append('\u2030');
                        break;
                    case '%':
                        writer.Append('%');
                        break;
                    case ',':
                        break;
                    case '\'':
                    case '"':
                        while (srcPos < format.Length && format[srcPos] != ch) writer.Append(format[srcPos++]);
                        if (srcPos < format.Length) srcPos++;
                        break;
                    case '\\':
                        if (srcPos < format.Length) writer.Append(format[srcPos++]);
                        break;
                    case 'E':
                    case 'e':
                    {
                        bool positiveSign = false;
                        int zeros = 0;
                        if (scientific)
                        {
                            if (srcPos < format.Length && format[srcPos] == '0')
                            {
                                zeros++;
                            }
                            else if (srcPos + 1 < format.Length && format[srcPos] == '+' && format[srcPos + 1] == '0')
                            {
                                positiveSign = true;
                            }
                            else if (!(srcPos + 1 < format.Length && format[srcPos] == '-' && format[srcPos + 1] == '0'))
                            {
                                writer.Append(ch);
                                break;
                            }
                            while (++srcPos < format.Length && format[srcPos] == '0') zeros++;
                            if (zeros > 10) zeros = 10;
                            int exponent = number.DigitsCount == 0 ? 0 : number.Scale - decimalPos;
                            FormatExponent(ref writer, exponent, ch, zeros, positiveSign);
                            scientific = false;
                        }
                        else
                        {
                            writer.Append(ch);
                            if (srcPos < format.Length)
                            {
                                if (format[srcPos] == '+' || format[srcPos] == '-') writer.Append(format[srcPos++]);
                                while (srcPos < format.Length && format[srcPos] == '0') writer.Append(format[srcPos++]);
                            }
                        }
                        break;
                    }
                    default:
                        writer.Append(ch);
                        break;
                }
            }

            // A floating-point zero that kept its sign (-0.0, or -0.001 rounded away) shows it only when something was printed.
            if (number.IsNegative && section == 0 && number.DigitsCount == 0 && writer.Length > start) writer.Insert(start, '-');
        }

        /// <summary>True when a separator follows the digit that leaves <paramref name="digitsAfter"/> integer digits to its right.</summary>
        private static bool IsGroupBoundary(int digitsAfter, int integerDigits) =>
            digitsAfter > 0 && digitsAfter < integerDigits && digitsAfter % GroupSize == 0;

        /// <summary>Start of section <paramref name="section"/> (0 positive, 1 negative, 2 zero), falling back to section 0.</summary>
        private static int FindSection(ReadOnlySpan<char> format, int section)
        {
            if (section == 0) return 0;
            int src = 0;
            while (true)
            {
                if (src >= format.Length) return 0;
                char ch = format[src++];
                switch (ch)
                {
                    case '\'':
                    case '"':
                        while (src < format.Length && format[src] != ch) src++;
                        if (src < format.Length) src++;
                        break;
                    case '\\':
                        if (src < format.Length) src++;
                        break;
                    case ';':
                        if (--section != 0) break;
                        if (src < format.Length && format[src] != ';') return src;
                        return 0;
                }
            }
        }
    }
}
