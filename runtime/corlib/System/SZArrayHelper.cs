using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The generic collection interfaces of single-dimension arrays (T[] is an IList&lt;T&gt;,
    /// ECMA-335 II.14.2). The compiler fills T[]'s interface slots with these methods, which run
    /// with <c>this</c> being the array itself; the class is never instantiated and has no fields.</summary>
    internal sealed class SZArrayHelper<T> : IList<T>, IReadOnlyList<T>
    {
        private SZArrayHelper() { }

        private T[] Array
        {
            get
            {
                object self = this;
                return Unsafe.As<T[]>(self);
            }
        }

        public T this[int index]
        {
            get => Array[index];
            set => Array[index] = value;
        }

        public int Count => Array.Length;
        public bool IsReadOnly => true;

        public IEnumerator<T> GetEnumerator() => new SZGenericArrayEnumerator<T>(Array);
        IEnumerator IEnumerable.GetEnumerator() => new SZGenericArrayEnumerator<T>(Array);

        public int IndexOf(T item)
        {
            T[] array = Array;
            for (int i = 0; i < array.Length; i++)
                if (EqualityComparer<T>.Default.Equals(array[i], item)) return i;
            return -1;
        }

        public bool Contains(T item) => IndexOf(item) >= 0;

        public void CopyTo(T[] array, int arrayIndex)
        {
            T[] source = Array;
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length - source.Length) throw new ArgumentException("Destination array was not long enough.");
            for (int i = 0; i < source.Length; i++) array[arrayIndex + i] = source[i];
        }

        public void Add(T item) => throw new NotSupportedException("Collection was of a fixed size.");
        public void Clear() => throw new NotSupportedException("Collection is read-only.");
        public void Insert(int index, T item) => throw new NotSupportedException("Collection was of a fixed size.");
        public bool Remove(T item) => throw new NotSupportedException("Collection was of a fixed size.");
        public void RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");
    }

    /// <summary>The enumerator arrays hand out through IEnumerable&lt;T&gt;.</summary>
    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] _array;
        private int _index = -1;

        internal SZGenericArrayEnumerator(T[] array) { _array = array; }

        public bool MoveNext()
        {
            if (_index < _array.Length) _index++;
            return _index < _array.Length;
        }

        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)_array.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return _array[_index];
            }
        }

        object? IEnumerator.Current => Current;
        public void Reset() => _index = -1;
        public void Dispose() { }
    }
}
