namespace System
{
    /// <summary>
    /// Turns the span formatters into strings: format into a stack buffer, then allocate the result
    /// once; if the buffer was too small, allocate a string of the exact length and format into it.
    /// </summary>
    internal static partial class Number
    {
        private const int StackBufferLength = 128;

        internal static string Int64ToString(long value, ulong bitsMask, ReadOnlySpan<char> format)
        {
            if (format.Length == 0 && value >= 0) return UInt64ToDecimalString((ulong)value);
            Span<char> buffer = stackalloc char[StackBufferLength];
            int length = FormatInt64(value, bitsMask, format, buffer);
            if (length <= buffer.Length) return string.CreateFromChars(buffer.Slice(0, length));
            string result = string.FastAllocateString(length);
            FormatInt64(value, bitsMask, format, result.AsWritableSpan());
            return result;
        }

        internal static string UInt64ToString(ulong value, ReadOnlySpan<char> format)
        {
            if (format.Length == 0) return UInt64ToDecimalString(value);
            Span<char> buffer = stackalloc char[StackBufferLength];
            int length = FormatUInt64(value, format, buffer);
            if (length <= buffer.Length) return string.CreateFromChars(buffer.Slice(0, length));
            string result = string.FastAllocateString(length);
            FormatUInt64(value, format, result.AsWritableSpan());
            return result;
        }

        /// <summary>The common case: digits written straight into a string of the right length.</summary>
        private static string UInt64ToDecimalString(ulong value)
        {
            int digits = 1;
            for (ulong rest = value; rest >= 10; rest /= 10) digits++;
            string result = string.FastAllocateString(digits);
            Span<char> span = result.AsWritableSpan();
            for (int i = digits - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            return result;
        }

        internal static string DoubleToString(double value, ReadOnlySpan<char> format)
        {
            Span<char> buffer = stackalloc char[StackBufferLength];
            int length = FormatDouble(value, format, buffer);
            if (length <= buffer.Length) return string.CreateFromChars(buffer.Slice(0, length));
            string result = string.FastAllocateString(length);
            FormatDouble(value, format, result.AsWritableSpan());
            return result;
        }

        internal static string SingleToString(float value, ReadOnlySpan<char> format)
        {
            Span<char> buffer = stackalloc char[StackBufferLength];
            int length = FormatSingle(value, format, buffer);
            if (length <= buffer.Length) return string.CreateFromChars(buffer.Slice(0, length));
            string result = string.FastAllocateString(length);
            FormatSingle(value, format, result.AsWritableSpan());
            return result;
        }
    }
}
