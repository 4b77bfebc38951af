using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    /// <summary>Span helpers of .NET's MemoryExtensions (ordinal semantics for chars).</summary>
    public static class MemoryExtensions
    {
        // Not `=> text`: C# 14 lowers the string → ReadOnlySpan<char> conversion into a call of this very method.
        public static ReadOnlySpan<char> AsSpan(this string? text) =>
            text is null ? default : new ReadOnlySpan<char>(ref text.GetRawStringData(), text.Length);

        public static ReadOnlySpan<char> AsSpan(this string? text, int start)
        {
            if (text == null)
            {
                if (start != 0) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(start));
                return default;
            }
            return text.AsSpan().Slice(start);
        }

        public static ReadOnlySpan<char> AsSpan(this string? text, int start, int length)
        {
            if (text == null)
            {
                if (start != 0 || length != 0) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(start));
                return default;
            }
            return text.AsSpan().Slice(start, length);
        }

        public static ReadOnlySpan<char> AsSpan(this string? text, Index startIndex) => text.AsSpan(startIndex.GetOffset(text?.Length ?? 0));

        public static ReadOnlySpan<char> AsSpan(this string? text, Range range)
        {
            (int start, int length) = range.GetOffsetAndLength(text?.Length ?? 0);
            return text.AsSpan(start, length);
        }

        public static Span<T> AsSpan<T>(this T[]? array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[]? array, int start) => new Span<T>(array, start, (array?.Length ?? 0) - start);
        public static Span<T> AsSpan<T>(this T[]? array, int start, int length) => new Span<T>(array, start, length);
        public static Span<T> AsSpan<T>(this T[]? array, Index startIndex) => array.AsSpan(startIndex.GetOffset(array?.Length ?? 0));

        public static Span<T> AsSpan<T>(this T[]? array, Range range)
        {
            (int start, int length) = range.GetOffsetAndLength(array?.Length ?? 0);
            return new Span<T>(array, start, length);
        }

        public static void CopyTo<T>(this T[]? source, Span<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination);

        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>? =>
            ((ReadOnlySpan<T>)span).SequenceEqual(other);

        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>? =>
            span.Length == other.Length && SpanHelpers.SequenceEqual(ref span._reference, ref other._reference, span.Length);

        public static int SequenceCompareTo<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IComparable<T>? =>
            ((ReadOnlySpan<T>)span).SequenceCompareTo(other);

        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>? =>
            SpanHelpers.SequenceCompareTo(ref span._reference, span.Length, ref other._reference, other.Length);

        public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).IndexOf(value);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>? => SpanHelpers.IndexOf(ref span._reference, span.Length, value);
        public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).IndexOf(value);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? =>
            SpanHelpers.IndexOf(ref span._reference, span.Length, ref value._reference, value.Length);

        public static int LastIndexOf<T>(this Span<T> span, T value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).LastIndexOf(value);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>? => SpanHelpers.LastIndexOf(ref span._reference, span.Length, value);
        public static int LastIndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).LastIndexOf(value);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? =>
            SpanHelpers.LastIndexOf(ref span._reference, span.Length, ref value._reference, value.Length);

        public static int IndexOfAny<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).IndexOfAny(value0, value1);

        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T>?
        {
            for (int i = 0; i < span.Length; i++)
            {
                if (EqualityComparer<T>.Default.Equals(span[i], value0) || EqualityComparer<T>.Default.Equals(span[i], value1)) return i;
            }
            return -1;
        }

        public static int IndexOfAny<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).IndexOfAny(values);

        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>?
        {
            for (int i = 0; i < span.Length; i++)
            {
                if (values.IndexOf(span[i]) >= 0) return i;
            }
            return -1;
        }

        public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T>? => span.IndexOf(value) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>? => span.IndexOf(value) >= 0;

        public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).StartsWith(value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? =>
            value.Length <= span.Length && SpanHelpers.SequenceEqual(ref span._reference, ref value._reference, value.Length);

        public static bool EndsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? => ((ReadOnlySpan<T>)span).EndsWith(value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>? =>
            value.Length <= span.Length && SpanHelpers.SequenceEqual(ref Unsafe.Add(ref span._reference, span.Length - value.Length), ref value._reference, value.Length);

        public static void Reverse<T>(this Span<T> span) => SpanHelpers.Reverse(ref span._reference, span.Length);

        public static void Sort<T>(this Span<T> span) => ArraySortHelper<T>.Sort(span, Comparer<T>.Default);
        public static void Sort<T, TComparer>(this Span<T> span, TComparer comparer) where TComparer : IComparer<T>? =>
            ArraySortHelper<T>.Sort(span, comparer ?? (IComparer<T>)Comparer<T>.Default);
        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            ArraySortHelper<T>.Sort(span, comparison);
        }

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span)
        {
            int start = 0;
            int end = span.Length;
            while (start < end && char.IsWhiteSpace(span[start])) start++;
            while (end > start && char.IsWhiteSpace(span[end - 1])) end--;
            return span.Slice(start, end - start);
        }

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
        {
            int start = 0;
            while (start < span.Length && char.IsWhiteSpace(span[start])) start++;
            return span.Slice(start);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
        {
            int end = span.Length;
            while (end > 0 && char.IsWhiteSpace(span[end - 1])) end--;
            return span.Slice(0, end);
        }

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) => span.TrimStart(trimChar).TrimEnd(trimChar);

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar)
        {
            int start = 0;
            while (start < span.Length && span[start] == trimChar) start++;
            return span.Slice(start);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar)
        {
            int end = span.Length;
            while (end > 0 && span[end - 1] == trimChar) end--;
            return span.Slice(0, end);
        }

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) => span.TrimStart(trimChars).TrimEnd(trimChars);

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars)
        {
            int start = 0;
            while (start < span.Length && trimChars.IndexOf(span[start]) >= 0) start++;
            return span.Slice(start);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars)
        {
            int end = span.Length;
            while (end > 0 && trimChars.IndexOf(span[end - 1]) >= 0) end--;
            return span.Slice(0, end);
        }

        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType)
        {
            if (span.Length != other.Length) return false;
            bool ignoreCase = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            for (int i = 0; i < span.Length; i++)
            {
                if (span[i] != other[i] && (!ignoreCase || char.ToUpperInvariant(span[i]) != char.ToUpperInvariant(other[i]))) return false;
            }
            return true;
        }
    }
}
