using System.Globalization;

namespace System
{
    public readonly partial struct Double : IComparable, IComparable<double>, IEquatable<double>, ISpanFormattable, ISpanParsable<double>
    {
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)0.0;
        public const double PositiveInfinity = (double)1.0 / (double)0.0;
        public const double NaN = (double)0.0 / (double)0.0;
        public const double NegativeZero = -0.0;
        public const double E = Math.E;
        public const double Pi = Math.PI;
        public const double Tau = Math.Tau;

        // NaN is the only value unequal to itself (IEEE 754 §5.11).
#pragma warning disable CS1718
        public static bool IsNaN(double d) => d != d;
#pragma warning restore CS1718
        public static bool IsInfinity(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF) == 0x7FF0000000000000;
        public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        public static bool IsFinite(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF) < 0x7FF0000000000000;
        public static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
        public static bool IsPositive(double d) => BitConverter.DoubleToInt64Bits(d) >= 0;
        public static bool IsNormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF;
            return bits < 0x7FF0000000000000 && bits != 0 && (bits & 0x7FF0000000000000) != 0;
        }
        public static bool IsSubnormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF;
            return bits < 0x7FF0000000000000 && bits != 0 && (bits & 0x7FF0000000000000) == 0;
        }
        public static bool IsInteger(double value) => IsFinite(value) && value == Math.Truncate(value);
        public static bool IsEvenInteger(double value) => IsInteger(value) && Math.Abs(value % 2) == 0;
        public static bool IsOddInteger(double value) => IsInteger(value) && Math.Abs(value % 2) == 1;

        /// <summary>NaN sorts before every other value and equals itself here (unlike ==), as .NET.</summary>
        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is double other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Double.");
        }

        public override bool Equals(object? obj) => obj is double other && Equals(other);
        public bool Equals(double obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        /// <summary>+0 and -0 hash alike, as do all NaNs.</summary>
        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(m_value);
            if (((bits - 1) & 0x7FFFFFFFFFFFFFFF) >= 0x7FEFFFFFFFFFFFFF) bits &= 0x7FF0000000000000;
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public static bool operator ==(double left, double right) => left == right;
        public static bool operator !=(double left, double right) => left != right;
        public static bool operator <(double left, double right) => left < right;
        public static bool operator >(double left, double right) => left > right;
        public static bool operator <=(double left, double right) => left <= right;
        public static bool operator >=(double left, double right) => left >= right;

        public override string ToString() => Number.DoubleToString(m_value, default);
        public string ToString(string? format) => Number.DoubleToString(m_value, format);
        public string ToString(IFormatProvider? provider) => Number.DoubleToString(m_value, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.DoubleToString(m_value, format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatDouble(m_value, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        private const NumberStyles DefaultStyles = NumberStyles.Float | NumberStyles.AllowThousands;

        public static double Parse(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            return Parse(s.AsSpan(), DefaultStyles);
        }

        public static double Parse(string s, NumberStyles style)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            return Parse(s.AsSpan(), style);
        }

        public static double Parse(string s, IFormatProvider? provider) => Parse(s);
        public static double Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s, style);
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, DefaultStyles);

        public static double Parse(ReadOnlySpan<char> s, NumberStyles style = DefaultStyles, IFormatProvider? provider = null)
        {
            if (Number.TryParseDouble(s, style, out double result) != Number.ParsingStatus.OK) throw new FormatException(Number.FormatErrorMessage(s));
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out double result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return Number.TryParseDouble(s, DefaultStyles, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out double result) => Number.TryParseDouble(s, DefaultStyles, out result) == Number.ParsingStatus.OK;
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out double result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out double result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out double result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return Number.TryParseDouble(s, style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out double result) =>
            Number.TryParseDouble(s, style, out result) == Number.ParsingStatus.OK;
    }
}
