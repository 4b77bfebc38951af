using System.Collections.Generic;

namespace System.Linq
{
    /// <summary>
    /// LINQ to Objects. .NET ships it in System.Linq.dll; a Rivet program references only corlib,
    /// so the commonly used operators live here with .NET's names, deferred execution and ordering.
    /// </summary>
    public static partial class Enumerable
    {
        public static IEnumerable<T> Empty<T>() => Array.Empty<T>();

        public static IEnumerable<int> Range(int start, int count)
        {
            if (count < 0 || (long)start + count - 1 > int.MaxValue) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            return RangeIterator(start, count);
        }

        private static IEnumerable<int> RangeIterator(int start, int count)
        {
            for (int i = 0; i < count; i++) yield return start + i;
        }

        public static IEnumerable<T> Repeat<T>(T element, int count)
        {
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            return RepeatIterator(element, count);
        }

        private static IEnumerable<T> RepeatIterator<T>(T element, int count)
        {
            for (int i = 0; i < count; i++) yield return element;
        }

        private static void ThrowIfNull(object? argument, string name)
        {
            if (argument == null) ThrowHelper.ThrowArgumentNullException(name);
        }
    }
}
