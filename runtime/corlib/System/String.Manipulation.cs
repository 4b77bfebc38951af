using System.Collections.Generic;

namespace System
{
    public sealed partial class String
    {
        public string Substring(int startIndex) => Substring(startIndex, Length - startIndex);

        public string Substring(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if ((uint)length > (uint)(Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
            if (length == Length) return this;
            return CreateFromChars(this.AsSpan(startIndex, length));
        }

        public string Insert(int startIndex, string value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            return Concat(this.AsSpan(0, startIndex), value, this.AsSpan(startIndex));
        }

        public string Remove(int startIndex) => Remove(startIndex, Length - startIndex);

        public string Remove(int startIndex, int count)
        {
            if ((uint)startIndex > (uint)Length || (uint)count > (uint)(Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            return Concat(this.AsSpan(0, startIndex), this.AsSpan(startIndex + count));
        }

        public string Replace(char oldChar, char newChar)
        {
            int first = IndexOf(oldChar);
            if (first < 0) return this;
            string result = FastAllocateString(Length);
            Span<char> span = result.AsWritableSpan();
            this.CopyTo(span);
            for (int i = first; i < span.Length; i++)
            {
                if (span[i] == oldChar) span[i] = newChar;
            }
            return result;
        }

        public string Replace(string oldValue, string? newValue) => Replace(oldValue, newValue, StringComparison.Ordinal);

        public string Replace(string oldValue, string? newValue, StringComparison comparisonType)
        {
            if (oldValue == null) ThrowHelper.ThrowArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
            newValue ??= Empty;
            int index = IndexOf(oldValue, comparisonType);
            if (index < 0) return this;
            var builder = new System.Text.StringBuilder(Length);
            int position = 0;
            while (index >= 0)
            {
                builder.Append(this, position, index - position);
                builder.Append(newValue);
                position = index + oldValue.Length;
                index = position <= Length ? IndexOf(oldValue, position, comparisonType) : -1;
            }
            builder.Append(this, position, Length - position);
            return builder.ToString();
        }

        public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(totalWidth));
            int padding = totalWidth - Length;
            if (padding <= 0) return this;
            string result = FastAllocateString(totalWidth);
            Span<char> span = result.AsWritableSpan();
            span.Slice(0, padding).Fill(paddingChar);
            this.CopyTo(span.Slice(padding));
            return result;
        }

        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(totalWidth));
            int padding = totalWidth - Length;
            if (padding <= 0) return this;
            string result = FastAllocateString(totalWidth);
            Span<char> span = result.AsWritableSpan();
            this.CopyTo(span);
            span.Slice(Length).Fill(paddingChar);
            return result;
        }

        public string ToUpper() => ToUpperInvariant();
        public string ToLower() => ToLowerInvariant();
        public string ToUpper(System.Globalization.CultureInfo? culture) => ToUpperInvariant();
        public string ToLower(System.Globalization.CultureInfo? culture) => ToLowerInvariant();

        public string ToUpperInvariant()
        {
            int first = 0;
            while (first < Length && char.ToUpperInvariant(this[first]) == this[first]) first++;
            if (first == Length) return this;
            string result = FastAllocateString(Length);
            Span<char> span = result.AsWritableSpan();
            this.CopyTo(span);
            for (int i = first; i < span.Length; i++) span[i] = char.ToUpperInvariant(span[i]);
            return result;
        }

        public string ToLowerInvariant()
        {
            int first = 0;
            while (first < Length && char.ToLowerInvariant(this[first]) == this[first]) first++;
            if (first == Length) return this;
            string result = FastAllocateString(Length);
            Span<char> span = result.AsWritableSpan();
            this.CopyTo(span);
            for (int i = first; i < span.Length; i++) span[i] = char.ToLowerInvariant(span[i]);
            return result;
        }

        public string Trim() => TrimCore(TrimWhiteSpace(this, both: true, start: true));
        public string TrimStart() => TrimCore(TrimWhiteSpace(this, both: false, start: true));
        public string TrimEnd() => TrimCore(TrimWhiteSpace(this, both: false, start: false));
        public string Trim(char trimChar) => TrimCore(((ReadOnlySpan<char>)this).Trim(trimChar));
        public string TrimStart(char trimChar) => TrimCore(((ReadOnlySpan<char>)this).TrimStart(trimChar));
        public string TrimEnd(char trimChar) => TrimCore(((ReadOnlySpan<char>)this).TrimEnd(trimChar));
        public string Trim(params char[]? trimChars) => trimChars == null || trimChars.Length == 0 ? Trim() : TrimCore(((ReadOnlySpan<char>)this).Trim(trimChars));
        public string TrimStart(params char[]? trimChars) => trimChars == null || trimChars.Length == 0 ? TrimStart() : TrimCore(((ReadOnlySpan<char>)this).TrimStart(trimChars));
        public string TrimEnd(params char[]? trimChars) => trimChars == null || trimChars.Length == 0 ? TrimEnd() : TrimCore(((ReadOnlySpan<char>)this).TrimEnd(trimChars));

        private static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> span, bool both, bool start)
        {
            int first = 0;
            int last = span.Length - 1;
            if (both || start)
            {
                while (first < span.Length && char.IsWhiteSpace(span[first])) first++;
            }
            if (both || !start)
            {
                while (last >= first && char.IsWhiteSpace(span[last])) last--;
            }
            return span.Slice(first, last - first + 1);
        }

        /// <summary>Returns this string itself when nothing was trimmed, as .NET does.</summary>
        private string TrimCore(ReadOnlySpan<char> trimmed) => trimmed.Length == Length ? this : CreateFromChars(trimmed);

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(new ReadOnlySpan<char>(ref separator, 1), null, int.MaxValue, options);

        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(new ReadOnlySpan<char>(ref separator, 1), null, count, options);

        public string[] Split(params char[]? separator) => SplitCore(separator, null, int.MaxValue, StringSplitOptions.None);

        public string[] Split(char[]? separator, int count) => SplitCore(separator, null, count, StringSplitOptions.None);

        public string[] Split(char[]? separator, StringSplitOptions options) => SplitCore(separator, null, int.MaxValue, options);

        public string[] Split(char[]? separator, int count, StringSplitOptions options) => SplitCore(separator, null, count, options);

        public string[] Split(string? separator, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(default, new[] { separator ?? Empty }, int.MaxValue, options);

        public string[] Split(string? separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(default, new[] { separator ?? Empty }, count, options);

        public string[] Split(string[]? separator, StringSplitOptions options) => SplitCore(default, separator, int.MaxValue, options);

        public string[] Split(string[]? separator, int count, StringSplitOptions options) => SplitCore(default, separator, count, options);

        /// <summary>
        /// .NET's split: char separators (white space when none are given) or string separators (white
        /// space when none are non-empty); at most <paramref name="count"/> parts, the last holding the rest.
        /// </summary>
        private string[] SplitCore(ReadOnlySpan<char> charSeparators, string[]? stringSeparators, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            if (count == 0 || (removeEmpty && Length == 0)) return Array.Empty<string>();

            bool useStrings = stringSeparators != null;
            if (useStrings)
            {
                bool anyNonEmpty = false;
                foreach (string s in stringSeparators!) anyNonEmpty |= !IsNullOrEmpty(s);
                if (!anyNonEmpty)
                {
                    // Only empty separators: .NET splits on nothing when given one, on white space when given none.
                    if (stringSeparators!.Length == 0) useStrings = false;
                    else return SingleResult(trim, removeEmpty);
                }
            }

            var parts = new List<string>();
            int start = 0;
            int i = 0;
            while (i < Length && parts.Count < count - 1)
            {
                int separatorLength = SeparatorLengthAt(i, charSeparators, useStrings ? stringSeparators : null);
                if (separatorLength > 0)
                {
                    AddPart(parts, start, i - start, trim, removeEmpty);
                    i += separatorLength;
                    start = i;
                }
                else
                {
                    i++;
                }
            }
            AddPart(parts, start, Length - start, trim, removeEmpty);
            return parts.ToArray();
        }

        private string[] SingleResult(bool trim, bool removeEmpty)
        {
            var parts = new List<string>();
            AddPart(parts, 0, Length, trim, removeEmpty);
            return parts.ToArray();
        }

        private int SeparatorLengthAt(int index, ReadOnlySpan<char> charSeparators, string[]? stringSeparators)
        {
            if (stringSeparators != null)
            {
                foreach (string separator in stringSeparators)
                {
                    if (!IsNullOrEmpty(separator) && index + separator.Length <= Length && MatchesAt(index, separator, false)) return separator.Length;
                }
                return 0;
            }
            char c = this[index];
            if (charSeparators.Length == 0) return char.IsWhiteSpace(c) ? 1 : 0;
            return charSeparators.IndexOf(c) >= 0 ? 1 : 0;
        }

        private void AddPart(List<string> parts, int start, int length, bool trim, bool removeEmpty)
        {
            ReadOnlySpan<char> part = this.AsSpan(start, length);
            if (trim) part = TrimWhiteSpace(part, both: true, start: true);
            if (removeEmpty && part.Length == 0) return;
            parts.Add(part.Length == Length ? this : CreateFromChars(part));
        }

        public static string Join(string? separator, params string?[] value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            return Join(separator, value, 0, value.Length);
        }

        public static string Join(char separator, params string?[] value) => Join(CreateFromChars(new ReadOnlySpan<char>(ref separator, 1)), value);

        public static string Join(string? separator, string?[] value, int startIndex, int count)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if (startIndex < 0 || count < 0 || startIndex > value.Length - count) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            separator ??= Empty;
            int length = 0;
            for (int i = startIndex; i < startIndex + count; i++) length += value[i]?.Length ?? 0;
            if (count > 1) length += separator.Length * (count - 1);
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            Span<char> span = result.AsWritableSpan();
            int position = 0;
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (i > startIndex)
                {
                    separator.CopyTo(span.Slice(position));
                    position += separator.Length;
                }
                string? item = value[i];
                if (item == null) continue;
                item.CopyTo(span.Slice(position));
                position += item.Length;
            }
            return result;
        }

        public static string Join(string? separator, params object?[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            var strings = new string?[values.Length];
            for (int i = 0; i < values.Length; i++) strings[i] = values[i]?.ToString();
            return Join(separator, strings);
        }

        public static string Join(char separator, params object?[] values) => Join(CreateFromChars(new ReadOnlySpan<char>(ref separator, 1)), values);

        public static string Join(string? separator, IEnumerable<string?> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            var builder = new System.Text.StringBuilder();
            bool first = true;
            foreach (string? value in values)
            {
                if (!first) builder.Append(separator);
                builder.Append(value);
                first = false;
            }
            return builder.ToString();
        }

        public static string Join<T>(string? separator, IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            var builder = new System.Text.StringBuilder();
            bool first = true;
            foreach (T value in values)
            {
                if (!first) builder.Append(separator);
                if (!TypeTraits<T>.IsNull(value)) builder.Append(value!.ToString());
                first = false;
            }
            return builder.ToString();
        }

        public static string Join<T>(char separator, IEnumerable<T> values) => Join(CreateFromChars(new ReadOnlySpan<char>(ref separator, 1)), values);
    }
}
