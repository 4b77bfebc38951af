using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            return WhereIterator(source, predicate);
        }

        private static IEnumerable<T> WhereIterator<T>(IEnumerable<T> source, Func<T, bool> predicate)
        {
            foreach (T item in source)
            {
                if (predicate(item)) yield return item;
            }
        }

        public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Func<T, int, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            return WhereIndexedIterator(source, predicate);
        }

        private static IEnumerable<T> WhereIndexedIterator<T>(IEnumerable<T> source, Func<T, int, bool> predicate)
        {
            int index = 0;
            foreach (T item in source)
            {
                if (predicate(item, index++)) yield return item;
            }
        }

        public static IEnumerable<T> Take<T>(this IEnumerable<T> source, int count)
        {
            ThrowIfNull(source, nameof(source));
            return count <= 0 ? Empty<T>() : TakeIterator(source, count);
        }

        private static IEnumerable<T> TakeIterator<T>(IEnumerable<T> source, int count)
        {
            foreach (T item in source)
            {
                yield return item;
                if (--count == 0) break;
            }
        }

        public static IEnumerable<T> Skip<T>(this IEnumerable<T> source, int count)
        {
            ThrowIfNull(source, nameof(source));
            return SkipIterator(source, count);
        }

        private static IEnumerable<T> SkipIterator<T>(IEnumerable<T> source, int count)
        {
            foreach (T item in source)
            {
                if (count > 0) count--;
                else yield return item;
            }
        }

        public static IEnumerable<T> TakeWhile<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<T> TakeWhileIterator<T>(IEnumerable<T> source, Func<T, bool> predicate)
        {
            foreach (T item in source)
            {
                if (!predicate(item)) break;
                yield return item;
            }
        }

        public static IEnumerable<T> SkipWhile<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<T> SkipWhileIterator<T>(IEnumerable<T> source, Func<T, bool> predicate)
        {
            bool yielding = false;
            foreach (T item in source)
            {
                if (!yielding && !predicate(item)) yielding = true;
                if (yielding) yield return item;
            }
        }

        public static IEnumerable<T> Distinct<T>(this IEnumerable<T> source) => source.Distinct(null);

        public static IEnumerable<T> Distinct<T>(this IEnumerable<T> source, IEqualityComparer<T>? comparer)
        {
            ThrowIfNull(source, nameof(source));
            return DistinctIterator(source, comparer);
        }

        private static IEnumerable<T> DistinctIterator<T>(IEnumerable<T> source, IEqualityComparer<T>? comparer)
        {
            var seen = new HashSet<T>(comparer);
            foreach (T item in source)
            {
                if (seen.Add(item)) yield return item;
            }
        }

        public static IEnumerable<TResult> OfType<TResult>(this System.Collections.IEnumerable source)
        {
            ThrowIfNull(source, nameof(source));
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(System.Collections.IEnumerable source)
        {
            foreach (object? item in source)
            {
                if (item is TResult result) yield return result;
            }
        }

        public static IEnumerable<TResult> Cast<TResult>(this System.Collections.IEnumerable source)
        {
            ThrowIfNull(source, nameof(source));
            if (source is IEnumerable<TResult> typed) return typed;
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(System.Collections.IEnumerable source)
        {
            foreach (object? item in source) yield return (TResult)item!;
        }
    }
}
