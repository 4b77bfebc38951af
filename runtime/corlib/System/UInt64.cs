using System.Globalization;

namespace System
{
    public readonly partial struct UInt64 : IComparable, IComparable<ulong>, IEquatable<ulong>, ISpanFormattable, ISpanParsable<ulong>
    {
        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is ulong other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt64.");
        }

        public int CompareTo(ulong value) => m_value < value ? -1 : m_value > value ? 1 : 0;

        public override bool Equals(object? obj) => obj is ulong other && m_value == other;
        public bool Equals(ulong obj) => m_value == obj;
        public override int GetHashCode() => unchecked((int)m_value ^ (int)(m_value >> 32));

        public override string ToString() => Number.UInt64ToString(m_value, default);
        public string ToString(string? format) => Number.UInt64ToString(m_value, format.AsSpan());
        public string ToString(IFormatProvider? provider) => Number.UInt64ToString(m_value, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.UInt64ToString(m_value, format.AsSpan());

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatUInt64(m_value, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static ulong Parse(string s) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static ulong Parse(string s, NumberStyles style) => Parse(s.AsSpan(), style);
        public static ulong Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static ulong Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s.AsSpan(), style);
        public static ulong Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Integer);

        public static ulong Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider? provider = null)
        {
            var status = TryParseCore(s, style, out ulong result);
            if (status == Number.ParsingStatus.Failed) throw new FormatException(Number.FormatErrorMessage(s));
            if (status == Number.ParsingStatus.Overflow) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out ulong result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParsingStatus.OK;

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out ulong result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ulong result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out ulong result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out ulong result) =>
            TryParseCore(s, style, out result) == Number.ParsingStatus.OK;

        private static Number.ParsingStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out ulong result)
        {
            var status = Number.TryParseInteger(s, style, isSigned: false, (ulong)18446744073709551615, 0xFFFFFFFFFFFFFFFF, out ulong magnitude, out bool negative);
            if (status != Number.ParsingStatus.OK) { result = 0; return status; }
            result = (style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                ? unchecked((ulong)magnitude)
                : unchecked((ulong)magnitude);
            return status;
        }
    }
}
