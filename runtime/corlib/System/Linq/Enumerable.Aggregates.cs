using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static int Count<T>(this IEnumerable<T> source)
        {
            ThrowIfNull(source, nameof(source));
            if (source is ICollection<T> collection) return collection.Count;
            int count = 0;
            using IEnumerator<T> e = source.GetEnumerator();
            while (e.MoveNext()) count = checked(count + 1);
            return count;
        }

        public static int Count<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            int count = 0;
            foreach (T item in source)
            {
                if (predicate(item)) count = checked(count + 1);
            }
            return count;
        }

        public static long LongCount<T>(this IEnumerable<T> source) => source.Count();

        public static bool Any<T>(this IEnumerable<T> source)
        {
            ThrowIfNull(source, nameof(source));
            if (source is ICollection<T> collection) return collection.Count != 0;
            using IEnumerator<T> e = source.GetEnumerator();
            return e.MoveNext();
        }

        public static bool Any<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            foreach (T item in source)
            {
                if (predicate(item)) return true;
            }
            return false;
        }

        public static bool All<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(predicate, nameof(predicate));
            foreach (T item in source)
            {
                if (!predicate(item)) return false;
            }
            return true;
        }

        public static bool Contains<T>(this IEnumerable<T> source, T value) => source.Contains(value, null);

        public static bool Contains<T>(this IEnumerable<T> source, T value, IEqualityComparer<T>? comparer)
        {
            ThrowIfNull(source, nameof(source));
            comparer ??= EqualityComparer<T>.Default;
            foreach (T item in source)
            {
                if (comparer.Equals(item, value)) return true;
            }
            return false;
        }

        public static bool SequenceEqual<T>(this IEnumerable<T> first, IEnumerable<T> second)
        {
            ThrowIfNull(first, nameof(first));
            ThrowIfNull(second, nameof(second));
            using IEnumerator<T> a = first.GetEnumerator();
            using IEnumerator<T> b = second.GetEnumerator();
            while (a.MoveNext())
            {
                if (!b.MoveNext() || !EqualityComparer<T>.Default.Equals(a.Current, b.Current)) return false;
            }
            return !b.MoveNext();
        }

        public static int Sum(this IEnumerable<int> source)
        {
            ThrowIfNull(source, nameof(source));
            int sum = 0;
            foreach (int value in source) sum = checked(sum + value);
            return sum;
        }

        public static long Sum(this IEnumerable<long> source)
        {
            ThrowIfNull(source, nameof(source));
            long sum = 0;
            foreach (long value in source) sum = checked(sum + value);
            return sum;
        }

        public static double Sum(this IEnumerable<double> source)
        {
            ThrowIfNull(source, nameof(source));
            double sum = 0;
            foreach (double value in source) sum += value;
            return sum;
        }

        public static int Sum<T>(this IEnumerable<T> source, Func<T, int> selector) => source.Select(selector).Sum();
        public static long Sum<T>(this IEnumerable<T> source, Func<T, long> selector) => source.Select(selector).Sum();
        public static double Sum<T>(this IEnumerable<T> source, Func<T, double> selector) => source.Select(selector).Sum();

        public static double Average(this IEnumerable<int> source)
        {
            ThrowIfNull(source, nameof(source));
            long sum = 0;
            long count = 0;
            foreach (int value in source)
            {
                sum = checked(sum + value);
                count++;
            }
            if (count == 0) ThrowHelper.ThrowInvalidOperationException_NoElements();
            return (double)sum / count;
        }

        public static double Average(this IEnumerable<double> source)
        {
            ThrowIfNull(source, nameof(source));
            double sum = 0;
            long count = 0;
            foreach (double value in source)
            {
                sum += value;
                count++;
            }
            if (count == 0) ThrowHelper.ThrowInvalidOperationException_NoElements();
            return sum / count;
        }

        public static double Average<T>(this IEnumerable<T> source, Func<T, int> selector) => source.Select(selector).Average();
        public static double Average<T>(this IEnumerable<T> source, Func<T, double> selector) => source.Select(selector).Average();

        /// <summary>The smallest element by the default comparer; empty sequences throw for value types and give null for reference types (as .NET).</summary>
        public static T? Min<T>(this IEnumerable<T> source) => Extreme(source, Comparer<T>.Default, wantLarger: false);

        public static T? Max<T>(this IEnumerable<T> source) => Extreme(source, Comparer<T>.Default, wantLarger: true);

        public static TResult? Min<T, TResult>(this IEnumerable<T> source, Func<T, TResult> selector) => source.Select(selector).Min();

        public static TResult? Max<T, TResult>(this IEnumerable<T> source, Func<T, TResult> selector) => source.Select(selector).Max();

        /// <summary>NaN is the smallest double for Min and loses for Max, as .NET's comparer order gives.</summary>
        private static T? Extreme<T>(IEnumerable<T> source, IComparer<T> comparer, bool wantLarger)
        {
            ThrowIfNull(source, nameof(source));
            using IEnumerator<T> e = source.GetEnumerator();
            if (default(T) == null)
            {
                T? best = default;
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (item == null) continue;
                    if (best == null || (wantLarger ? comparer.Compare(item, best) > 0 : comparer.Compare(item, best) < 0)) best = item;
                }
                return best;
            }
            if (!e.MoveNext()) ThrowHelper.ThrowInvalidOperationException_NoElements();
            T result = e.Current;
            while (e.MoveNext())
            {
                T item = e.Current;
                if (wantLarger ? comparer.Compare(item, result) > 0 : comparer.Compare(item, result) < 0) result = item;
            }
            return result;
        }

        public static TSource? MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ExtremeBy(source, keySelector, wantLarger: false);

        public static TSource? MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ExtremeBy(source, keySelector, wantLarger: true);

        private static TSource? ExtremeBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, bool wantLarger)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(keySelector, nameof(keySelector));
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext())
            {
                if (default(TSource) == null) return default;
                ThrowHelper.ThrowInvalidOperationException_NoElements();
            }
            TSource best = e.Current;
            TKey bestKey = keySelector(best);
            while (e.MoveNext())
            {
                TKey key = keySelector(e.Current);
                int order = Comparer<TKey>.Default.Compare(key, bestKey);
                if (wantLarger ? order > 0 : order < 0)
                {
                    best = e.Current;
                    bestKey = key;
                }
            }
            return best;
        }

        public static T Aggregate<T>(this IEnumerable<T> source, Func<T, T, T> func)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(func, nameof(func));
            using IEnumerator<T> e = source.GetEnumerator();
            if (!e.MoveNext()) ThrowHelper.ThrowInvalidOperationException_NoElements();
            T result = e.Current;
            while (e.MoveNext()) result = func(result, e.Current);
            return result;
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(func, nameof(func));
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return result;
        }
    }
}
