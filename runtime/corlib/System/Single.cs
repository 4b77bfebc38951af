using System.Globalization;

namespace System
{
    public readonly partial struct Single : IComparable, IComparable<float>, IEquatable<float>, ISpanFormattable, ISpanParsable<float>
    {
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float NegativeZero = -0.0f;
        public const float E = MathF.E;
        public const float Pi = MathF.PI;
        public const float Tau = MathF.Tau;

        // NaN is the only value unequal to itself (IEEE 754 §5.11).
#pragma warning disable CS1718
        public static bool IsNaN(float d) => d != d;
#pragma warning restore CS1718
        public static bool IsInfinity(float d) => (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) == 0x7F800000;
        public static bool IsPositiveInfinity(float d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(float d) => d == NegativeInfinity;
        public static bool IsFinite(float d) => (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) < 0x7F800000;
        public static bool IsNegative(float d) => BitConverter.SingleToInt32Bits(d) < 0;
        public static bool IsPositive(float d) => BitConverter.SingleToInt32Bits(d) >= 0;
        public static bool IsNormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) != 0;
        }
        public static bool IsSubnormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) == 0;
        }
        public static bool IsInteger(float value) => IsFinite(value) && value == MathF.Truncate(value);
        public static bool IsEvenInteger(float value) => IsInteger(value) && MathF.Abs(value % 2) == 0;
        public static bool IsOddInteger(float value) => IsInteger(value) && MathF.Abs(value % 2) == 1;

        /// <summary>NaN sorts before every other value and equals itself here (unlike ==), as .NET.</summary>
        public int CompareTo(float value)
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
            if (value is float other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Single.");
        }

        public override bool Equals(object? obj) => obj is float other && Equals(other);
        public bool Equals(float obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        /// <summary>+0 and -0 hash alike, as do all NaNs.</summary>
        public override int GetHashCode()
        {
            int bits = BitConverter.SingleToInt32Bits(m_value);
            if (((bits - 1) & 0x7FFFFFFF) >= 0x7F7FFFFF) bits &= 0x7F800000;
            return bits;
        }

        public static bool operator ==(float left, float right) => left == right;
        public static bool operator !=(float left, float right) => left != right;
        public static bool operator <(float left, float right) => left < right;
        public static bool operator >(float left, float right) => left > right;
        public static bool operator <=(float left, float right) => left <= right;
        public static bool operator >=(float left, float right) => left >= right;

        public override string ToString() => Number.SingleToString(m_value, default);
        public string ToString(string? format) => Number.SingleToString(m_value, format);
        public string ToString(IFormatProvider? provider) => Number.SingleToString(m_value, default);
        public string ToString(string? format, IFormatProvider? provider) => Number.SingleToString(m_value, format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatSingle(m_value, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        private const NumberStyles DefaultStyles = NumberStyles.Float | NumberStyles.AllowThousands;

        public static float Parse(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            return Parse(s.AsSpan(), DefaultStyles);
        }

        public static float Parse(string s, NumberStyles style)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            return Parse(s.AsSpan(), style);
        }

        public static float Parse(string s, IFormatProvider? provider) => Parse(s);
        public static float Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s, style);
        public static float Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, DefaultStyles);

        public static float Parse(ReadOnlySpan<char> s, NumberStyles style = DefaultStyles, IFormatProvider? provider = null)
        {
            if (Number.TryParseSingle(s, style, out float result) != Number.ParsingStatus.OK) throw new FormatException(Number.FormatErrorMessage(s));
            return result;
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out float result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return Number.TryParseSingle(s, DefaultStyles, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out float result) => Number.TryParseSingle(s, DefaultStyles, out result) == Number.ParsingStatus.OK;
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out float result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out float result) => TryParse(s, out result);

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out float result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return Number.TryParseSingle(s, style, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out float result) =>
            Number.TryParseSingle(s, style, out result) == Number.ParsingStatus.OK;
    }
}
