using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static T[] ToArray<T>(this IEnumerable<T> source)
        {
            ThrowIfNull(source, nameof(source));
            if (source is ICollection<T> collection)
            {
                if (collection.Count == 0) return Array.Empty<T>();
                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return array;
            }
            return new List<T>(source).ToArray();
        }

        public static List<T> ToList<T>(this IEnumerable<T> source)
        {
            ThrowIfNull(source, nameof(source));
            return new List<T>(source);
        }

        public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source) => source.ToHashSet(null);

        public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source, IEqualityComparer<T>? comparer)
        {
            ThrowIfNull(source, nameof(source));
            return new HashSet<T>(source, comparer);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) where TKey : notnull =>
            source.ToDictionary(keySelector, static item => item);

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) where TKey : notnull
        {
            ThrowIfNull(source, nameof(source));
            ThrowIfNull(keySelector, nameof(keySelector));
            ThrowIfNull(elementSelector, nameof(elementSelector));
            var dictionary = new Dictionary<TKey, TElement>();
            foreach (TSource item in source) dictionary.Add(keySelector(item), elementSelector(item));
            return dictionary;
        }

        public static IEnumerable<T> AsEnumerable<T>(this IEnumerable<T> source) => source;
    }
}
