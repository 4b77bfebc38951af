namespace System
{
    /// <summary>
    /// UTF-16 code unit. Classification and case mapping cover ASCII and Latin-1 exactly as .NET does;
    /// other letters are not classified (Rivet carries no Unicode tables).
    /// </summary>
    public readonly partial struct Char : IComparable, IComparable<char>, IEquatable<char>, ISpanFormattable
    {
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is char other) return m_value - other;
            throw new ArgumentException("Object must be of type Char.");
        }

        public int CompareTo(char value) => m_value - value;
        public override bool Equals(object? obj) => obj is char other && m_value == other;
        public bool Equals(char obj) => m_value == obj;
        public override int GetHashCode() => m_value | (m_value << 16);

        public override string ToString() => ToString(m_value);
        public string ToString(IFormatProvider? provider) => ToString(m_value);
        string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(m_value);

        public static string ToString(char c) => string.CreateFromChars(new ReadOnlySpan<char>(in c));

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length == 0)
            {
                charsWritten = 0;
                return false;
            }
            destination[0] = m_value;
            charsWritten = 1;
            return true;
        }

        public static char Parse(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out char result)
        {
            if (s == null || s.Length != 1)
            {
                result = '\0';
                return false;
            }
            result = s[0];
            return true;
        }

        public static bool IsAscii(char c) => c <= '\x007f';
        public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterLower(char c) => (uint)(c - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);

        public static bool IsDigit(char c) => IsAsciiDigit(c);
        public static bool IsNumber(char c) => IsAsciiDigit(c) || c == '\u00B2' || c == '\u00B3' || c == '\u00B9' || (c >= '\u00BC' && c <= '\u00BE');

        public static bool IsLetter(char c)
        {
            if (c < 0x80) return IsAsciiLetter(c);
            if (c <= 0xFF) return c == '\u00AA' || c == '\u00B5' || c == '\u00BA' || (c >= '\u00C0' && c != '\u00D7' && c != '\u00F7');
            return false;
        }

        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

        public static bool IsUpper(char c)
        {
            if (c < 0x80) return IsAsciiLetterUpper(c);
            return c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7';
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80) return IsAsciiLetterLower(c);
            return c == '\u00AA' || c == '\u00B5' || c == '\u00BA' || (c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7');
        }

        /// <summary>Unicode White_Space: tab..CR, space, NEL, NBSP and the Z* separators.</summary>
        public static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || c == '\u0085' || c == '\u00A0') return true;
            if (c < 0x1680) return false;
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
        }

        public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c < 0xA0);
        public static bool IsPunctuation(char c) => c < 0x80 && (c is '!' or '"' or '#' or '%' or '&' or '\'' or '(' or ')' or '*' or ',' or '-' or '.' or '/' or ':' or ';' or '?' or '@' or '[' or '\\' or ']' or '_' or '{' or '}');
        public static bool IsSymbol(char c) => c < 0x80 && (c is '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~');
        public static bool IsSeparator(char c) => c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
        public static bool IsHighSurrogate(char c) => (uint)(c - 0xD800) <= 0x3FF;
        public static bool IsLowSurrogate(char c) => (uint)(c - 0xDC00) <= 0x3FF;
        public static bool IsSurrogate(char c) => (uint)(c - 0xD800) <= 0x7FF;
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);

        public static bool IsDigit(string s, int index) => IsDigit(s[index]);
        public static bool IsLetter(string s, int index) => IsLetter(s[index]);
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(s[index]);
        public static bool IsUpper(string s, int index) => IsUpper(s[index]);
        public static bool IsLower(string s, int index) => IsLower(s[index]);
        public static bool IsLetterOrDigit(string s, int index) => IsLetterOrDigit(s[index]);

        public static char ToUpper(char c) => ToUpperInvariant(c);
        public static char ToLower(char c) => ToLowerInvariant(c);

        public static char ToUpperInvariant(char c)
        {
            if (IsAsciiLetterLower(c)) return (char)(c - 0x20);
            if (c < 0xE0) return c == '\u00B5' ? '\u039C' : c;
            if (c <= 0xFE && c != '\u00F7') return (char)(c - 0x20);
            if (c == '\u00FF') return '\u0178';
            return c;
        }

        public static char ToLowerInvariant(char c)
        {
            if (IsAsciiLetterUpper(c)) return (char)(c + 0x20);
            if (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') return (char)(c + 0x20);
            if (c == '\u0178') return '\u00FF';
            if (c == '\u039C') return '\u00B5';
            return c;
        }

        public static double GetNumericValue(char c) => IsAsciiDigit(c) ? c - '0' : -1.0;

        public static string ConvertFromUtf32(int utf32)
        {
            if ((uint)utf32 > 0x10FFFF || (uint)(utf32 - 0xD800) <= 0x7FF) throw new ArgumentOutOfRangeException(nameof(utf32), "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return ToString((char)utf32);
            utf32 -= 0x10000;
            Span<char> pair = stackalloc char[2];
            pair[0] = (char)(0xD800 + (utf32 >> 10));
            pair[1] = (char)(0xDC00 + (utf32 & 0x3FF));
            return string.CreateFromChars(pair);
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate) =>
            ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
    }
}
