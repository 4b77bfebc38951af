using System.Globalization;

namespace System
{
    public readonly partial struct Int16 : IComparable, IComparable<short>, IEquatable<short>, ISpanFormattable, ISpanParsable<short>
    {
        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is short other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int16.");
        }

        public int CompareTo(short value) => m_value - value;

        public override bool Equals(object? obj) => obj is short other && m_value == other;
        public bool Equals(short obj) => m_value == obj;
        public override int GetHashCode() => (int)(ushort)m_value | ((int)m_value << 16);

        public override string ToString() => Number.Int64ToString(m_value, 0xFFFF, default);
        public string ToString(string? format) => Number.Int64ToString(m_value, 0xFFFF, format.AsSpan());
        public string ToString(IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFF, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFF, format.AsSpan());

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatInt64(m_value, 0xFFFF, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static short Parse(string s) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static short Parse(string s, NumberStyles style) => Parse(s.AsSpan(), style);
        public static short Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static short Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s.AsSpan(), style);
        public static short Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Integer);

        public static short Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider? provider = null)
        {
            var status = TryParseCore(s, style, out short result);
            if (status == Number.ParsingStatus.Failed) throw new FormatException(Number.FormatErrorMessage(s));
            if (status == Number.ParsingStatus.Overflow) throw new OverflowException("Value was either too large or too small for an Int16.");
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out short result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParsingStatus.OK;

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out short result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out short result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out short result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out short result) =>
            TryParseCore(s, style, out result) == Number.ParsingStatus.OK;

        private static Number.ParsingStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out short result)
        {
            var status = Number.TryParseInteger(s, style, isSigned: true, (ulong)32767, 0xFFFF, out ulong magnitude, out bool negative);
            if (status != Number.ParsingStatus.OK) { result = 0; return status; }
            result = (style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                ? unchecked((short)magnitude)
                : unchecked((short)(negative ? -(long)magnitude : (long)magnitude));
            return status;
        }
    }
}
