using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        /// <summary>A stable sort by key (equal keys keep source order), evaluated when enumerated, as .NET's OrderBy.</summary>
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedEnumerable<TSource>(source, KeyComparison(keySelector, null, descending: false));

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            new OrderedEnumerable<TSource>(source, KeyComparison(keySelector, comparer, descending: false));

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedEnumerable<TSource>(source, KeyComparison(keySelector, null, descending: true));

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            new OrderedEnumerable<TSource>(source, KeyComparison(keySelector, comparer, descending: true));

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => source.OrderBy(static item => item);

        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => source.OrderByDescending(static item => item);

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ((OrderedEnumerable<TSource>)source).Then(KeyComparison(keySelector, null, descending: false));

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ((OrderedEnumerable<TSource>)source).Then(KeyComparison(keySelector, null, descending: true));

        private static Comparison<TSource> KeyComparison<TSource, TKey>(Func<TSource, TKey> keySelector, IComparer<TKey>? comparer, bool descending)
        {
            ThrowIfNull(keySelector, nameof(keySelector));
            IComparer<TKey> keyComparer = comparer ?? Comparer<TKey>.Default;
            return descending
                ? (x, y) => keyComparer.Compare(keySelector(y), keySelector(x))
                : (x, y) => keyComparer.Compare(keySelector(x), keySelector(y));
        }
    }

    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
    }

    /// <summary>The source and its chain of key comparisons; sorting happens on enumeration.</summary>
    internal sealed class OrderedEnumerable<T> : IOrderedEnumerable<T>
    {
        private readonly IEnumerable<T> _source;
        private readonly Comparison<T> _comparison;

        public OrderedEnumerable(IEnumerable<T> source, Comparison<T> comparison)
        {
            if (source == null) ThrowHelper.ThrowArgumentNullException(nameof(source));
            _source = source;
            _comparison = comparison;
        }

        public OrderedEnumerable<T> Then(Comparison<T> next)
        {
            Comparison<T> first = _comparison;
            return new OrderedEnumerable<T>(_source, (x, y) =>
            {
                int order = first(x, y);
                return order != 0 ? order : next(x, y);
            });
        }

        public IEnumerator<T> GetEnumerator()
        {
            T[] items = new List<T>(_source).ToArray();
            // Stability: ties are broken by source position.
            var indices = new int[items.Length];
            for (int i = 0; i < indices.Length; i++) indices[i] = i;
            Comparison<T> comparison = _comparison;
            Array.Sort(indices, (a, b) =>
            {
                int order = comparison(items[a], items[b]);
                return order != 0 ? order : a.CompareTo(b);
            });
            for (int i = 0; i < indices.Length; i++) yield return items[indices[i]];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
