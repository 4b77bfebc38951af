namespace System
{
    public sealed partial class String : IComparable, IComparable<string?>, IEquatable<string?>
    {
        public override bool Equals([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] object? obj) =>
            obj is string other && EqualsOrdinal(this, other);

        public bool Equals([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => value is not null && EqualsOrdinal(this, value);

        public bool Equals([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, StringComparison comparisonType) => Equals(this, value, comparisonType);

        public static bool Equals(string? a, string? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            return EqualsOrdinal(a, b);
        }

        public static bool Equals(string? a, string? b, StringComparison comparisonType)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            return IsIgnoreCase(comparisonType) ? EqualsOrdinalIgnoreCase(a, b) : EqualsOrdinal(a, b);
        }

        public static bool operator ==(string? a, string? b) => Equals(a, b);
        public static bool operator !=(string? a, string? b) => !Equals(a, b);

        private static bool EqualsOrdinal(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        private static bool EqualsOrdinalIgnoreCase(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i])) return false;
            }
            return true;
        }

        /// <summary>
        /// Culture-sensitive comparisons compare ordinally: Rivet runs with the invariant culture in
        /// globalization-invariant mode, as CoreCLR does with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1.
        /// </summary>
        private static bool IsIgnoreCase(StringComparison comparisonType) =>
            comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;

        /// <summary>
        /// A deterministic hash (the classic non-randomized .NET Framework string hash): unlike CoreCLR,
        /// which seeds Marvin per process, Rivet gives the same value on every run.
        /// </summary>
        public override int GetHashCode() => GetHashCode((ReadOnlySpan<char>)this);

        public int GetHashCode(StringComparison comparisonType)
        {
            if (!IsIgnoreCase(comparisonType)) return GetHashCode();
            uint hash1 = (5381 << 16) + 5381;
            uint hash2 = hash1;
            for (int i = 0; i < Length; i++)
            {
                uint c = char.ToUpperInvariant(this[i]);
                if ((i & 1) == 0) hash1 = ((hash1 << 5) + hash1 + (hash1 >> 27)) ^ c;
                else hash2 = ((hash2 << 5) + hash2 + (hash2 >> 27)) ^ c;
            }
            return (int)(hash1 + hash2 * 1566083941);
        }

        public static int GetHashCode(ReadOnlySpan<char> value)
        {
            uint hash1 = (5381 << 16) + 5381;
            uint hash2 = hash1;
            for (int i = 0; i < value.Length; i++)
            {
                if ((i & 1) == 0) hash1 = ((hash1 << 5) + hash1 + (hash1 >> 27)) ^ value[i];
                else hash2 = ((hash2 << 5) + hash2 + (hash2 >> 27)) ^ value[i];
            }
            return (int)(hash1 + hash2 * 1566083941);
        }

        /// <summary>The difference of the first differing chars, else of the lengths (as .NET).</summary>
        public static int CompareOrdinal(string? strA, string? strB)
        {
            if (ReferenceEquals(strA, strB)) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            return CompareOrdinalCore(strA, strB);
        }

        public static int CompareOrdinal(string? strA, int indexA, string? strB, int indexB, int length)
        {
            if (strA is null || strB is null) return strA is null ? (strB is null ? 0 : -1) : 1;
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            if (lengthA < 0 || lengthB < 0) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(length));
            return CompareOrdinalCore(strA.AsSpan(indexA, lengthA), strB.AsSpan(indexB, lengthB));
        }

        private static int CompareOrdinalCore(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int length = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < length; i++)
            {
                if (a[i] != b[i]) return a[i] - b[i];
            }
            return a.Length - b.Length;
        }

        private static int CompareOrdinalIgnoreCaseCore(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int length = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < length; i++)
            {
                char x = char.ToUpperInvariant(a[i]);
                char y = char.ToUpperInvariant(b[i]);
                if (x != y) return x - y;
            }
            return a.Length - b.Length;
        }

        /// <summary>Ordinal comparison reduced to -1, 0 or 1 (see <see cref="IsIgnoreCase"/> for culture).</summary>
        public static int Compare(string? strA, string? strB) => Compare(strA, strB, StringComparison.CurrentCulture);

        public static int Compare(string? strA, string? strB, bool ignoreCase) =>
            Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);

        public static int Compare(string? strA, string? strB, StringComparison comparisonType)
        {
            if (ReferenceEquals(strA, strB)) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            if (comparisonType == StringComparison.Ordinal) return CompareOrdinalCore(strA, strB);
            if (comparisonType == StringComparison.OrdinalIgnoreCase) return CompareOrdinalIgnoreCaseCore(strA, strB);
            int result = IsIgnoreCase(comparisonType) ? CompareOrdinalIgnoreCaseCore(strA, strB) : CompareOrdinalCore(strA, strB);
            return result < 0 ? -1 : result > 0 ? 1 : 0;
        }

        public int CompareTo(object? value)
        {
            if (value is null) return 1;
            if (value is not string other) throw new ArgumentException("Object must be of type String.");
            return Compare(this, other);
        }

        public int CompareTo(string? strB) => Compare(this, strB);
    }
}
