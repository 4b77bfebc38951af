using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(selector, nameof(selector));
            return SelectIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source) yield return selector(item);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(selector, nameof(selector));
            return SelectIndexedIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIndexedIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = 0;
            foreach (TSource item in source) yield return selector(item, index++);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(selector, nameof(selector));
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source)
            {
                foreach (TResult inner in selector(item)) yield return inner;
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(collectionSelector, nameof(collectionSelector));
            ThrowIfNull(resultSelector, nameof(resultSelector));
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource item in source)
            {
                foreach (TCollection inner in collectionSelector(item)) yield return resultSelector(item, inner);
            }
        }

        public static IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second) =>
            first.Zip(second, (a, b) => (a, b));

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            ThrowIfNull(first, nameof(first));
            ThrowIfNull(second, nameof(second));
            ThrowIfNull(resultSelector, nameof(resultSelector));
            return ZipIterator(first, second, resultSelector);
        }

        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            using IEnumerator<TFirst> a = first.GetEnumerator();
            using IEnumerator<TSecond> b = second.GetEnumerator();
            while (a.MoveNext() && b.MoveNext()) yield return resultSelector(a.Current, b.Current);
        }

        public static IEnumerable<T> Concat<T>(this IEnumerable<T> first, IEnumerable<T> second)
        {
            ThrowIfNull(first, nameof(first));
            ThrowIfNull(second, nameof(second));
            return ConcatIterator(first, second);
        }

        private static IEnumerable<T> ConcatIterator<T>(IEnumerable<T> first, IEnumerable<T> second)
        {
            foreach (T item in first) yield return item;
            foreach (T item in second) yield return item;
        }

        public static IEnumerable<T> Append<T>(this IEnumerable<T> source, T element) => source.Concat(new[] { element });

        public static IEnumerable<T> Prepend<T>(this IEnumerable<T> source, T element) => new[] { element }.Concat(source);

        public static IEnumerable<T> Reverse<T>(this IEnumerable<T> source)
        {
            ThrowIfNull(source, nameof(source));
            return ReverseIterator(source);
        }

        private static IEnumerable<T> ReverseIterator<T>(IEnumerable<T> source)
        {
            T[] items = source.ToArray();
            for (int i = items.Length - 1; i >= 0; i--) yield return items[i];
        }

        /// <summary>Groups in order of first appearance, each group's items in source order (as .NET).</summary>
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            source.GroupBy(keySelector, static item => item);

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(keySelector, nameof(keySelector));
            ThrowIfNull(elementSelector, nameof(elementSelector));
            return GroupByIterator(source, keySelector, elementSelector);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            var groups = new List<Grouping<TKey, TElement>>();
            Grouping<TKey, TElement>? nullKeyGroup = null;
            var index = new Dictionary<TKey, Grouping<TKey, TElement>>();
            foreach (TSource item in source)
            {
                TKey key = keySelector(item);
                Grouping<TKey, TElement>? group;
                if (key == null) group = nullKeyGroup;
                else index.TryGetValue(key, out group);
                if (group == null)
                {
                    group = new Grouping<TKey, TElement>(key);
                    groups.Add(group);
                    if (key == null) nullKeyGroup = group;
                    else index.Add(key, group);
                }
                group.Items.Add(elementSelector(item));
            }
            foreach (Grouping<TKey, TElement> group in groups) yield return group;
        }
    }

    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>
    {
        public Grouping(TKey key) { Key = key; }

        public TKey Key { get; }
        public List<TElement> Items { get; } = new List<TElement>();

        public IEnumerator<TElement> GetEnumerator() => Items.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
    }
}
