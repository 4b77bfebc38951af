using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// <summary>
    /// String comparers for collections. Culture-sensitive ones compare ordinally: Rivet runs in
    /// globalization-invariant mode, as CoreCLR does with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1.
    /// </summary>
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string?>, IEqualityComparer<string?>
    {
        public static StringComparer Ordinal { get; } = new OrdinalComparer(ignoreCase: false);
        public static StringComparer OrdinalIgnoreCase { get; } = new OrdinalComparer(ignoreCase: true);
        public static StringComparer InvariantCulture => Ordinal;
        public static StringComparer InvariantCultureIgnoreCase => OrdinalIgnoreCase;
        public static StringComparer CurrentCulture => Ordinal;
        public static StringComparer CurrentCultureIgnoreCase => OrdinalIgnoreCase;

        public static StringComparer FromComparison(StringComparison comparisonType) =>
            comparisonType switch
            {
                StringComparison.CurrentCulture or StringComparison.InvariantCulture or StringComparison.Ordinal => Ordinal,
                StringComparison.CurrentCultureIgnoreCase or StringComparison.InvariantCultureIgnoreCase or StringComparison.OrdinalIgnoreCase => OrdinalIgnoreCase,
                _ => throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType)),
            };

        public abstract int Compare(string? x, string? y);
        public abstract bool Equals(string? x, string? y);
        public abstract int GetHashCode(string obj);

        public int Compare(object? x, object? y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            if (x is string sx && y is string sy) return Compare(sx, sy);
            if (x is IComparable comparable) return comparable.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object? x, object? y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is string sx && y is string sy) return Equals(sx, sy);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
            return obj is string s ? GetHashCode(s) : obj.GetHashCode();
        }

        private sealed class OrdinalComparer : StringComparer
        {
            private readonly bool _ignoreCase;

            public OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }

            public override int Compare(string? x, string? y) =>
                _ignoreCase ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(x, y);

            public override bool Equals(string? x, string? y) =>
                string.Equals(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

            public override int GetHashCode(string obj)
            {
                if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
                return _ignoreCase ? obj.GetHashCode(StringComparison.OrdinalIgnoreCase) : obj.GetHashCode();
            }

            public override bool Equals(object? obj) => obj is OrdinalComparer other && other._ignoreCase == _ignoreCase;
            public override int GetHashCode() => _ignoreCase ? 1 : 0;
        }
    }
}
