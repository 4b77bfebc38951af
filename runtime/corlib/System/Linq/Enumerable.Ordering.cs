using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        /// <summary>
        /// A stable sort by key, evaluated when enumerated, as .NET's OrderBy: each key selector runs
        /// once per element (all primary keys first, then each ThenBy level), and equal keys keep
        /// source order.
        /// </summary>
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, null, descending: false));

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, comparer, descending: false));

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, null, descending: true));

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            new OrderedEnumerable<TSource>(source, new SortLevel<TSource, TKey>(keySelector, comparer, descending: true));

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => source.OrderBy(static item => item);

        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => source.OrderByDescending(static item => item);

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ((OrderedEnumerable<TSource>)source).Then(new SortLevel<TSource, TKey>(keySelector, null, descending: false));

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            ((OrderedEnumerable<TSource>)source).Then(new SortLevel<TSource, TKey>(keySelector, comparer, descending: false));

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ((OrderedEnumerable<TSource>)source).Then(new SortLevel<TSource, TKey>(keySelector, null, descending: true));

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer) =>
            ((OrderedEnumerable<TSource>)source).Then(new SortLevel<TSource, TKey>(keySelector, comparer, descending: true));
    }

    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
    }

    /// <summary>One OrderBy/ThenBy level: computes the keys of one enumeration's elements.</summary>
    internal abstract class SortLevel<TElement>
    {
        public abstract SortKeys ComputeKeys(TElement[] items);
    }

    /// <summary>The keys of one level for one enumeration; compares elements by their indices.</summary>
    internal abstract class SortKeys
    {
        public abstract int CompareIndices(int a, int b);
    }

    internal sealed class SortLevel<TElement, TKey> : SortLevel<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;

        public SortLevel(Func<TElement, TKey> keySelector, IComparer<TKey>? comparer, bool descending)
        {
            if (keySelector == null) ThrowHelper.ThrowArgumentNullException(nameof(keySelector));
            _keySelector = keySelector;
            _comparer = comparer ?? Comparer<TKey>.Default;
            _descending = descending;
        }

        public override SortKeys ComputeKeys(TElement[] items)
        {
            var keys = new TKey[items.Length];
            for (int i = 0; i < items.Length; i++) keys[i] = _keySelector(items[i]);
            return new Keys(keys, _comparer, _descending);
        }

        private sealed class Keys : SortKeys
        {
            private readonly TKey[] _keys;
            private readonly IComparer<TKey> _comparer;
            private readonly bool _descending;

            public Keys(TKey[] keys, IComparer<TKey> comparer, bool descending)
            {
                _keys = keys;
                _comparer = comparer;
                _descending = descending;
            }

            public override int CompareIndices(int a, int b)
            {
                int order = _comparer.Compare(_keys[a], _keys[b]);
                return _descending ? -order : order;
            }
        }
    }

    /// <summary>The source and its sort levels; sorting happens on each enumeration.</summary>
    internal sealed class OrderedEnumerable<T> : IOrderedEnumerable<T>
    {
        private readonly IEnumerable<T> _source;
        private readonly SortLevel<T>[] _levels;

        public OrderedEnumerable(IEnumerable<T> source, SortLevel<T> level) : this(source, new[] { level }) { }

        private OrderedEnumerable(IEnumerable<T> source, SortLevel<T>[] levels)
        {
            if (source == null) ThrowHelper.ThrowArgumentNullException(nameof(source));
            _source = source;
            _levels = levels;
        }

        public OrderedEnumerable<T> Then(SortLevel<T> next)
        {
            var levels = new SortLevel<T>[_levels.Length + 1];
            Array.Copy(_levels, levels, _levels.Length);
            levels[_levels.Length] = next;
            return new OrderedEnumerable<T>(_source, levels);
        }

        public IEnumerator<T> GetEnumerator()
        {
            T[] items = new List<T>(_source).ToArray();
            var keys = new SortKeys[_levels.Length];
            for (int level = 0; level < keys.Length; level++) keys[level] = _levels[level].ComputeKeys(items);
            var indices = new int[items.Length];
            for (int i = 0; i < indices.Length; i++) indices[i] = i;
            Array.Sort(indices, (a, b) =>
            {
                foreach (SortKeys level in keys)
                {
                    int order = level.CompareIndices(a, b);
                    if (order != 0) return order;
                }
                return a.CompareTo(b);
            });
            for (int i = 0; i < indices.Length; i++) yield return items[indices[i]];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
