namespace System
{
    public readonly partial struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>, ISpanFormattable
    {
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override string ToString() => m_value ? "True" : "False";
        public string ToString(IFormatProvider? provider) => ToString();
        string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten)
        {
            string text = ToString();
            if (text.TryCopyTo(destination))
            {
                charsWritten = text.Length;
                return true;
            }
            charsWritten = 0;
            return false;
        }

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            TryFormat(destination, out charsWritten);

        public override bool Equals(object? obj) => obj is bool other && m_value == other;
        public bool Equals(bool obj) => m_value == obj;
        public override int GetHashCode() => m_value ? 1 : 0;

        public int CompareTo(object? obj)
        {
            if (obj == null) return 1;
            if (obj is bool other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Boolean.");
        }

        public int CompareTo(bool value) => m_value == value ? 0 : m_value ? 1 : -1;

        public static bool Parse(string value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if (TryParse(value, out bool result)) return result;
            throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
        }

        /// <summary>"True"/"False" in any case, surrounded by optional white space or NULs.</summary>
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out bool result)
        {
            result = false;
            if (value == null) return false;
            ReadOnlySpan<char> span = value;
            int start = 0;
            int end = span.Length;
            while (start < end && (char.IsWhiteSpace(span[start]) || span[start] == '\0')) start++;
            while (end > start && (char.IsWhiteSpace(span[end - 1]) || span[end - 1] == '\0')) end--;
            string trimmed = value.Substring(start, end - start);
            if (string.Equals(trimmed, "True", StringComparison.OrdinalIgnoreCase))
            {
                result = true;
                return true;
            }
            return string.Equals(trimmed, "False", StringComparison.OrdinalIgnoreCase);
        }
    }
}
