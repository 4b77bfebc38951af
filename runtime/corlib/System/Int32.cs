using System.Globalization;

namespace System
{
    public readonly partial struct Int32 : IComparable, IComparable<int>, IEquatable<int>, ISpanFormattable, ISpanParsable<int>
    {
        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483648;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is int other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int32.");
        }

        public int CompareTo(int value) => m_value < value ? -1 : m_value > value ? 1 : 0;

        public override bool Equals(object? obj) => obj is int other && m_value == other;
        public bool Equals(int obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value;

        public override string ToString() => Number.Int64ToString(m_value, 0xFFFFFFFF, default);
        public string ToString(string? format) => Number.Int64ToString(m_value, 0xFFFFFFFF, format.AsSpan());
        public string ToString(IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFFFFFF, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.Int64ToString(m_value, 0xFFFFFFFF, format.AsSpan());

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatInt64(m_value, 0xFFFFFFFF, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static int Parse(string s) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static int Parse(string s, NumberStyles style) => Parse(s.AsSpan(), style);
        public static int Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), NumberStyles.Integer);
        public static int Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s.AsSpan(), style);
        public static int Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Integer);

        public static int Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider? provider = null)
        {
            var status = TryParseCore(s, style, out int result);
            if (status == Number.ParsingStatus.Failed) throw new FormatException(Number.FormatErrorMessage(s));
            if (status == Number.ParsingStatus.Overflow) throw new OverflowException("Value was either too large or too small for an Int32.");
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out int result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParsingStatus.OK;

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out int result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out int result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out int result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out int result) =>
            TryParseCore(s, style, out result) == Number.ParsingStatus.OK;

        private static Number.ParsingStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out int result)
        {
            var status = Number.TryParseInteger(s, style, isSigned: true, (ulong)2147483647, 0xFFFFFFFF, out ulong magnitude, out bool negative);
            if (status != Number.ParsingStatus.OK) { result = 0; return status; }
            result = (style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0
                ? unchecked((int)magnitude)
                : unchecked((int)(negative ? -(long)magnitude : (long)magnitude));
            return status;
        }
    }
}
