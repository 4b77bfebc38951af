using System.Globalization;

namespace System
{
    public readonly partial struct SByte : IComparable, IComparable<sbyte>, IEquatable<sbyte>, ISpanFormattable, ISpanParsable<sbyte>
    {
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is sbyte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type SByte.");
        }

        public int CompareTo(sbyte value) => m_value - value;

        public override bool Equals(object? obj) => obj is sbyte other && m_value == other;
        public bool Equals(sbyte obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value ^ ((int)m_value << 8);

        public override string ToString() => Number.Int64ToString(m_value, 0xFF, default);
        public string ToString(string? format) => Number.Int64ToString(m_value, 0xFF, format.AsSpan());
        public string ToString(IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFF, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFF, format.AsSpan());

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatInt64(m_value, 0xFF, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static sbyte Parse(string s) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static sbyte Parse(string s, NumberStyles style) => Parse(s.AsSpan(), style);
        public static sbyte Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static sbyte Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s.AsSpan(), style);
        public static sbyte Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Integer);

        public static sbyte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider? provider = null)
        {
            var status = TryParseCore(s, style, out sbyte result);
            if (status == Number.ParsingStatus.Failed) throw new FormatException(Number.FormatErrorMessage(s));
            if (status == Number.ParsingStatus.Overflow) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out sbyte result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParsingStatus.OK;

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out sbyte result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out sbyte result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out sbyte result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out sbyte result) =>
            TryParseCore(s, style, out result) == Number.ParsingStatus.OK;

        private static Number.ParsingStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out sbyte result)
        {
            var status = Number.TryParseInteger(s, style, isSigned: true, (ulong)127, 0xFF, out ulong magnitude, out bool negative);
            if (status != Number.ParsingStatus.OK) { result = 0; return status; }
            result = (style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                ? unchecked((sbyte)magnitude)
                : unchecked((sbyte)(negative ? -(long)magnitude : (long)magnitude));
            return status;
        }
    }
}
