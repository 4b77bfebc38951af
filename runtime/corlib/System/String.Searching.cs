namespace System
{
    public sealed partial class String
    {
        public bool Contains(char value) => IndexOf(value) >= 0;
        public bool Contains(string value) => IndexOf(value) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;

        public int IndexOf(char value) => ((ReadOnlySpan<char>)this).IndexOf(value);

        public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, Length - startIndex);

        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            if ((uint)count > (uint)(Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            int index = this.AsSpan(startIndex, count).IndexOf(value);
            return index < 0 ? index : index + startIndex;
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            if (!IsIgnoreCase(comparisonType)) return IndexOf(value);
            char upper = char.ToUpperInvariant(value);
            for (int i = 0; i < Length; i++)
            {
                if (char.ToUpperInvariant(this[i]) == upper) return i;
            }
            return -1;
        }

        public int IndexOf(string value) => IndexOf(value, 0, Length, StringComparison.Ordinal);
        public int IndexOf(string value, int startIndex) => IndexOf(value, startIndex, Length - startIndex, StringComparison.Ordinal);
        public int IndexOf(string value, int startIndex, int count) => IndexOf(value, startIndex, count, StringComparison.Ordinal);
        public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, Length, comparisonType);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType) => IndexOf(value, startIndex, Length - startIndex, comparisonType);

        /// <summary>Ordinal search (culture-sensitive kinds search ordinally too; see <see cref="IsIgnoreCase"/>).</summary>
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            if ((uint)count > (uint)(Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            bool ignoreCase = IsIgnoreCase(comparisonType);
            for (int i = startIndex; i + value.Length <= startIndex + count; i++)
            {
                if (MatchesAt(i, value, ignoreCase)) return i;
            }
            return -1;
        }

        private bool MatchesAt(int index, string value, bool ignoreCase)
        {
            for (int j = 0; j < value.Length; j++)
            {
                char a = this[index + j];
                char b = value[j];
                if (a != b && (!ignoreCase || char.ToUpperInvariant(a) != char.ToUpperInvariant(b))) return false;
            }
            return true;
        }

        public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0, Length);
        public int IndexOfAny(char[] anyOf, int startIndex) => IndexOfAny(anyOf, startIndex, Length - startIndex);

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) ThrowHelper.ThrowArgumentNullException(nameof(anyOf));
            if ((uint)startIndex > (uint)Length || (uint)count > (uint)(Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            }
            return -1;
        }

        public int LastIndexOf(char value) => ((ReadOnlySpan<char>)this).LastIndexOf(value);

        public int LastIndexOf(char value, int startIndex)
        {
            if (Length == 0) return -1;
            if ((uint)startIndex >= (uint)Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            for (int i = startIndex; i >= 0; i--)
            {
                if (this[i] == value) return i;
            }
            return -1;
        }

        public int LastIndexOf(string value) => LastIndexOf(value, StringComparison.Ordinal);

        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if (value.Length == 0) return Length;
            bool ignoreCase = IsIgnoreCase(comparisonType);
            for (int i = Length - value.Length; i >= 0; i--)
            {
                if (MatchesAt(i, value, ignoreCase)) return i;
            }
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf)
        {
            if (anyOf == null) ThrowHelper.ThrowArgumentNullException(nameof(anyOf));
            for (int i = Length - 1; i >= 0; i--)
            {
                if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            }
            return -1;
        }

        public bool StartsWith(char value) => Length != 0 && this[0] == value;
        public bool EndsWith(char value) => Length != 0 && this[Length - 1] == value;
        public bool StartsWith(string value) => StartsWith(value, StringComparison.CurrentCulture);
        public bool EndsWith(string value) => EndsWith(value, StringComparison.CurrentCulture);

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            return value.Length <= Length && MatchesAt(0, value, IsIgnoreCase(comparisonType));
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            return value.Length <= Length && MatchesAt(Length - value.Length, value, IsIgnoreCase(comparisonType));
        }
    }
}
