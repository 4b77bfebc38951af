using System.Collections.Generic;

namespace System
{
    /// <summary>The generic static helpers of Array (Empty, IndexOf, Sort, Reverse, Fill, Resize, searching).</summary>
    public abstract partial class Array
    {
        /// <summary>The largest number of elements an array may hold (as in .NET).</summary>
        public static int MaxLength => 0x7FFFFFC7;

        public static T[] Empty<T>() => EmptyArray<T>.Value;

        public static void Resize<T>([System.Diagnostics.CodeAnalysis.NotNull] ref T[]? array, int newSize)
        {
            if (newSize < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(newSize));
            T[]? larray = array;
            if (larray == null)
            {
                array = new T[newSize];
                return;
            }
            if (larray.Length != newSize)
            {
                var newArray = new T[newSize];
                Copy(larray, 0, newArray, 0, larray.Length > newSize ? newSize : larray.Length);
                array = newArray;
            }
        }

        /// <summary>Element copy between arrays of the same element type (memmove semantics).</summary>
        internal static void Copy<T>(T[] sourceArray, T[] destinationArray, int length) => Copy(sourceArray, 0, destinationArray, 0, length);

        internal static void Copy<T>(T[] sourceArray, int sourceIndex, T[] destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) ThrowHelper.ThrowArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) ThrowHelper.ThrowArgumentNullException(nameof(destinationArray));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (sourceIndex < 0 || destinationIndex < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(sourceIndex < 0 ? nameof(sourceIndex) : nameof(destinationIndex));
            if (sourceIndex > sourceArray.Length - length) throw new ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", nameof(sourceArray));
            if (destinationIndex > destinationArray.Length - length) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", nameof(destinationArray));
            new ReadOnlySpan<T>(sourceArray, sourceIndex, length).CopyTo(new Span<T>(destinationArray, destinationIndex, length));
        }

        internal static void Clear<T>(T[] array) => new Span<T>(array).Clear();

        internal static void Clear<T>(T[] array, int index, int length) => new Span<T>(array, index, length).Clear();

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            new Span<T>(array).Fill(value);
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            if ((uint)count > (uint)(array.Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            new Span<T>(array, startIndex, count).Fill(value);
        }

        public static int IndexOf<T>(T[] array, T value) => IndexOf(array, value, 0, array?.Length ?? 0);
        public static int IndexOf<T>(T[] array, T value, int startIndex) => IndexOf(array, value, startIndex, (array?.Length ?? 0) - startIndex);

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(nameof(startIndex));
            if ((uint)count > (uint)(array.Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (EqualityComparer<T>.Default.Equals(array[i], value)) return i;
            }
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value) => LastIndexOf(array, value, (array?.Length ?? 0) - 1, array?.Length ?? 0);

        public static int LastIndexOf<T>(T[] array, T value, int startIndex) => LastIndexOf(array, value, startIndex, startIndex + 1);

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (array.Length == 0) return -1;
            if ((uint)startIndex >= (uint)array.Length) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(nameof(startIndex));
            if (count < 0 || startIndex - count + 1 < 0) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            for (int i = startIndex; i > startIndex - count; i--)
            {
                if (EqualityComparer<T>.Default.Equals(array[i], value)) return i;
            }
            return -1;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) != -1;

        public static T? Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++)
            {
                if (match(array[i])) return array[i];
            }
            return default;
        }

        public static T? FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--)
            {
                if (match(array[i])) return array[i];
            }
            return default;
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            var list = new List<T>();
            for (int i = 0; i < array.Length; i++)
            {
                if (match(array[i])) list.Add(array[i]);
            }
            return list.ToArray();
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++)
            {
                if (match(array[i])) return i;
            }
            return -1;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--)
            {
                if (match(array[i])) return i;
            }
            return -1;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++)
            {
                if (!match(array[i])) return false;
            }
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (converter == null) ThrowHelper.ThrowArgumentNullException(nameof(converter));
            var result = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) result[i] = converter(array[i]);
            return result;
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            new Span<T>(array).Reverse();
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(index < 0 ? nameof(index) : nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            new Span<T>(array, index, length).Reverse();
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            ArraySortHelper<T>.Sort(new Span<T>(array), Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, IComparer<T>? comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            ArraySortHelper<T>.Sort(new Span<T>(array), comparer ?? Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, int index, int length) => Sort(array, index, length, null);

        public static void Sort<T>(T[] array, int index, int length, IComparer<T>? comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(index < 0 ? nameof(index) : nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            ArraySortHelper<T>.Sort(new Span<T>(array, index, length), comparer ?? Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            ArraySortHelper<T>.Sort(new Span<T>(array), comparison);
        }

        /// <summary>Sorts <paramref name="keys"/> and applies the same moves to <paramref name="items"/>.</summary>
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[]? items) => Sort(keys, items, null);

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[]? items, IComparer<TKey>? comparer)
        {
            if (keys == null) ThrowHelper.ThrowArgumentNullException(nameof(keys));
            if (items == null)
            {
                Sort(keys, comparer);
                return;
            }
            if (items.Length < keys.Length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            var pairs = new KeyValuePair<TKey, TValue>[keys.Length];
            for (int i = 0; i < keys.Length; i++) pairs[i] = new KeyValuePair<TKey, TValue>(keys[i], items[i]);
            IComparer<TKey> keyComparer = comparer ?? Comparer<TKey>.Default;
            ArraySortHelper<KeyValuePair<TKey, TValue>>.Sort(new Span<KeyValuePair<TKey, TValue>>(pairs), (a, b) => keyComparer.Compare(a.Key, b.Key));
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = pairs[i].Key;
                items[i] = pairs[i].Value;
            }
        }

        public static int BinarySearch<T>(T[] array, T value) => BinarySearch(array, 0, array?.Length ?? 0, value, null);
        public static int BinarySearch<T>(T[] array, T value, IComparer<T>? comparer) => BinarySearch(array, 0, array?.Length ?? 0, value, comparer);
        public static int BinarySearch<T>(T[] array, int index, int length, T value) => BinarySearch(array, index, length, value, null);

        /// <summary>The index of <paramref name="value"/>, or the complement of the index of the next larger element.</summary>
        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T>? comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(index < 0 ? nameof(index) : nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            comparer ??= Comparer<T>.Default;
            int lo = index;
            int hi = index + length - 1;
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int order = comparer.Compare(array[i], value);
                if (order == 0) return i;
                if (order < 0) lo = i + 1;
                else hi = i - 1;
            }
            return ~lo;
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array) => new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);

        private static class EmptyArray<T>
        {
            internal static readonly T[] Value = new T[0];
        }
    }
}
