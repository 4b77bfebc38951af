using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Element loops shared by spans, arrays and strings. Plain loops: GCC vectorizes them.</summary>
    internal static class SpanHelpers
    {
        /// <summary>Copies <paramref name="count"/> elements; correct when the ranges overlap (memmove semantics).</summary>
        public static void Move<T>(ref T destination, ref T source, int count)
        {
            if (count <= 0 || Unsafe.AreSame(ref destination, ref source)) return;
            if (Unsafe.IsAddressGreaterThan(ref destination, ref source))
            {
                for (int i = count - 1; i >= 0; i--) Unsafe.Add(ref destination, i) = Unsafe.Add(ref source, i);
            }
            else
            {
                for (int i = 0; i < count; i++) Unsafe.Add(ref destination, i) = Unsafe.Add(ref source, i);
            }
        }

        public static int IndexOf<T>(ref T start, int length, T value) where T : IEquatable<T>?
        {
            for (int i = 0; i < length; i++)
            {
                if (EqualityComparer<T>.Default.Equals(Unsafe.Add(ref start, i), value)) return i;
            }
            return -1;
        }

        public static int LastIndexOf<T>(ref T start, int length, T value) where T : IEquatable<T>?
        {
            for (int i = length - 1; i >= 0; i--)
            {
                if (EqualityComparer<T>.Default.Equals(Unsafe.Add(ref start, i), value)) return i;
            }
            return -1;
        }

        public static int IndexOf<T>(ref T start, int length, ref T value, int valueLength) where T : IEquatable<T>?
        {
            if (valueLength == 0) return 0;
            for (int i = 0; i + valueLength <= length; i++)
            {
                if (SequenceEqual(ref Unsafe.Add(ref start, i), ref value, valueLength)) return i;
            }
            return -1;
        }

        public static int LastIndexOf<T>(ref T start, int length, ref T value, int valueLength) where T : IEquatable<T>?
        {
            if (valueLength == 0) return length;
            for (int i = length - valueLength; i >= 0; i--)
            {
                if (SequenceEqual(ref Unsafe.Add(ref start, i), ref value, valueLength)) return i;
            }
            return -1;
        }

        public static bool SequenceEqual<T>(ref T first, ref T second, int length) where T : IEquatable<T>?
        {
            for (int i = 0; i < length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(Unsafe.Add(ref first, i), Unsafe.Add(ref second, i))) return false;
            }
            return true;
        }

        public static int SequenceCompareTo<T>(ref T first, int firstLength, ref T second, int secondLength) where T : IComparable<T>?
        {
            int length = firstLength < secondLength ? firstLength : secondLength;
            for (int i = 0; i < length; i++)
            {
                int result = Comparer<T>.Default.Compare(Unsafe.Add(ref first, i), Unsafe.Add(ref second, i));
                if (result != 0) return result;
            }
            return firstLength.CompareTo(secondLength);
        }

        public static void Reverse<T>(ref T start, int length)
        {
            for (int i = 0, j = length - 1; i < j; i++, j--)
            {
                T temp = Unsafe.Add(ref start, i);
                Unsafe.Add(ref start, i) = Unsafe.Add(ref start, j);
                Unsafe.Add(ref start, j) = temp;
            }
        }
    }
}
