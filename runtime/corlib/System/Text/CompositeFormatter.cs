namespace System.Text
{
    /// <summary>
    /// Parses .NET composite format strings: "{index[,alignment][:format]}" items, "{{" and "}}" escapes
    /// (as used by string.Format, StringBuilder.AppendFormat and Console.WriteLine(format, …)).
    /// </summary>
    internal static class CompositeFormatter
    {
        private const int MaxIndexOrAlignment = 1_000_000;

        public static void AppendFormatted(StringBuilder builder, IFormatProvider? provider, string format, ReadOnlySpan<object?> args)
        {
            int pos = 0;
            int length = format.Length;
            while (true)
            {
                // Literal text up to the next item.
                while (pos < length)
                {
                    char ch = format[pos++];
                    if (ch == '}')
                    {
                        if (pos < length && format[pos] == '}') pos++;
                        else ThrowFormatError();
                        builder.Append('}');
                    }
                    else if (ch == '{')
                    {
                        if (pos < length && format[pos] == '{')
                        {
                            pos++;
                            builder.Append('{');
                        }
                        else
                        {
                            pos--;
                            break;
                        }
                    }
                    else
                    {
                        builder.Append(ch);
                    }
                }
                if (pos == length) return;

                // At '{': the argument index.
                pos++;
                if (pos == length || !char.IsAsciiDigit(format[pos])) ThrowFormatError();
                int index = 0;
                do
                {
                    index = index * 10 + (format[pos++] - '0');
                    if (index >= MaxIndexOrAlignment) ThrowFormatError();
                }
                while (pos < length && char.IsAsciiDigit(format[pos]));
                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");

                while (pos < length && format[pos] == ' ') pos++;

                // Optional ",alignment".
                int alignment = 0;
                if (pos < length && format[pos] == ',')
                {
                    pos++;
                    while (pos < length && format[pos] == ' ') pos++;
                    bool leftJustify = false;
                    if (pos < length && format[pos] == '-')
                    {
                        leftJustify = true;
                        pos++;
                    }
                    if (pos == length || !char.IsAsciiDigit(format[pos])) ThrowFormatError();
                    do
                    {
                        alignment = alignment * 10 + (format[pos++] - '0');
                        if (alignment >= MaxIndexOrAlignment) ThrowFormatError();
                    }
                    while (pos < length && char.IsAsciiDigit(format[pos]));
                    if (leftJustify) alignment = -alignment;
                    while (pos < length && format[pos] == ' ') pos++;
                }

                // Optional ":format", up to the closing brace.
                ReadOnlySpan<char> itemFormat = default;
                if (pos < length && format[pos] == ':')
                {
                    pos++;
                    int start = pos;
                    while (pos < length && format[pos] != '}')
                    {
                        if (format[pos] == '{') ThrowFormatError();
                        pos++;
                    }
                    itemFormat = format.AsSpan(start, pos - start);
                }
                if (pos == length || format[pos] != '}') ThrowFormatError();
                pos++;

                builder.AppendFormattedValue(args[index], alignment, itemFormat, provider);
            }
        }

        private static void ThrowFormatError() => throw new FormatException("Input string was not in a correct format.");
    }
}
