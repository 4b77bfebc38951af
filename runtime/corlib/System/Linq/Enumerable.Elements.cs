using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static T First<T>(this IEnumerable<T> source)
        {
            if (!TryGetFirst(source, static _ => true, out T? first)) ThrowHelper.ThrowInvalidOperationException_NoElements();
            return first!;
        }

        public static T First<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            if (!TryGetFirst(source, predicate, out T? first)) ThrowNoMatch();
            return first!;
        }

        public static T? FirstOrDefault<T>(this IEnumerable<T> source) => TryGetFirst(source, static _ => true, out T? first) ? first : default;

        public static T? FirstOrDefault<T>(this IEnumerable<T> source, Func<T, bool> predicate) => TryGetFirst(source, predicate, out T? first) ? first : default;

        public static T FirstOrDefault<T>(this IEnumerable<T> source, T defaultValue) => TryGetFirst(source, static _ => true, out T? first) ? first! : defaultValue;

        public static T Last<T>(this IEnumerable<T> source)
        {
            if (!TryGetLast(source, static _ => true, out T? last)) ThrowHelper.ThrowInvalidOperationException_NoElements();
            return last!;
        }

        public static T Last<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            if (!TryGetLast(source, predicate, out T? last)) ThrowNoMatch();
            return last!;
        }

        public static T? LastOrDefault<T>(this IEnumerable<T> source) => TryGetLast(source, static _ => true, out T? last) ? last : default;

        public static T? LastOrDefault<T>(this IEnumerable<T> source, Func<T, bool> predicate) => TryGetLast(source, predicate, out T? last) ? last : default;

        public static T Single<T>(this IEnumerable<T> source) => SingleCore(source, static _ => true, orDefault: false, matching: false)!;

        public static T Single<T>(this IEnumerable<T> source, Func<T, bool> predicate) => SingleCore(source, predicate, orDefault: false, matching: true)!;

        public static T? SingleOrDefault<T>(this IEnumerable<T> source) => SingleCore(source, static _ => true, orDefault: true, matching: false);

        public static T? SingleOrDefault<T>(this IEnumerable<T> source, Func<T, bool> predicate) => SingleCore(source, predicate, orDefault: true, matching: true);

        /// <summary>The one element that matches; .NET's messages say "matching" only for the predicate overloads.</summary>
        private static T? SingleCore<T>(IEnumerable<T> source, Func<T, bool> predicate, bool orDefault, bool matching)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            T? result = default;
            long count = 0;
            foreach (T item in source)
            {
                if (!predicate(item)) continue;
                result = item;
                if (++count > 1) throw new InvalidOperationException(matching ? "Sequence contains more than one matching element" : "Sequence contains more than one element");
            }
            if (count == 0 && !orDefault)
            {
                if (matching) ThrowNoMatch();
                ThrowHelper.ThrowInvalidOperationException_NoElements();
            }
            return result;
        }

        public static T ElementAt<T>(this IEnumerable<T> source, int index)
        {
            ThrowIfNull(source, nameof(source));
            if (source is IList<T> list) return list[index];
            if (index >= 0)
            {
                foreach (T item in source)
                {
                    if (index-- == 0) return item;
                }
            }
            throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        public static T? ElementAtOrDefault<T>(this IEnumerable<T> source, int index)
        {
            ThrowIfNull(source, nameof(source));
            if (index >= 0)
            {
                foreach (T item in source)
                {
                    if (index-- == 0) return item;
                }
            }
            return default;
        }

        public static IEnumerable<T> DefaultIfEmpty<T>(this IEnumerable<T> source) => source.Any() ? source : new T[] { default! };

        private static bool TryGetFirst<T>(IEnumerable<T> source, Func<T, bool> predicate, out T? first)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            foreach (T item in source)
            {
                if (predicate(item))
                {
                    first = item;
                    return true;
                }
            }
            first = default;
            return false;
        }

        private static bool TryGetLast<T>(IEnumerable<T> source, Func<T, bool> predicate, out T? last)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            bool found = false;
            last = default;
            foreach (T item in source)
            {
                if (predicate(item))
                {
                    last = item;
                    found = true;
                }
            }
            return found;
        }

        private static void ThrowNoMatch() => throw new InvalidOperationException("Sequence contains no matching element");
    }
}
