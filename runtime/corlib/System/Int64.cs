using System.Globalization;

namespace System
{
    public readonly partial struct Int64 : IComparable, IComparable<long>, IEquatable<long>, ISpanFormattable, ISpanParsable<long>
    {
        public const long MaxValue = 9223372036854775807;
        public const long MinValue = unchecked((long)0x8000000000000000);

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is long other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int64.");
        }

        public int CompareTo(long value) => m_value < value ? -1 : m_value > value ? 1 : 0;

        public override bool Equals(object? obj) => obj is long other && m_value == other;
        public bool Equals(long obj) => m_value == obj;
        public override int GetHashCode() => unchecked((int)m_value ^ (int)(m_value >> 32));

        public override string ToString() => Number.Int64ToString(m_value, 0xFFFFFFFFFFFFFFFF, default);
        public string ToString(string? format) => Number.Int64ToString(m_value, 0xFFFFFFFFFFFFFFFF, format.AsSpan());
        public string ToString(IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFFFFFFFFFFFFFF, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFFFFFFFFFFFFFF, format.AsSpan());

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatInt64(m_value, 0xFFFFFFFFFFFFFFFF, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static long Parse(string s) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static long Parse(string s, NumberStyles style) => Parse(s.AsSpan(), style);
        public static long Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static long Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s.AsSpan(), style);
        public static long Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Integer);

        public static long Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider? provider = null)
        {
            var status = TryParseCore(s, style, out long result);
            if (status == Number.ParsingStatus.Failed) throw new FormatException(Number.FormatErrorMessage(s));
            if (status == Number.ParsingStatus.Overflow) throw new OverflowException("Value was either too large or too small for an Int64.");
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out long result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParsingStatus.OK;

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out long result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out long result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out long result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out long result) =>
            TryParseCore(s, style, out result) == Number.ParsingStatus.OK;

        private static Number.ParsingStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out long result)
        {
            var status = Number.TryParseInteger(s, style, isSigned: true, (ulong)9223372036854775807, 0xFFFFFFFFFFFFFFFF, out ulong magnitude, out bool negative);
            if (status != Number.ParsingStatus.OK) { result = 0; return status; }
            result = (style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                ? unchecked((long)magnitude)
                : unchecked(negative ? (long)(0UL - magnitude) : (long)magnitude);
            return status;
        }
    }
}
