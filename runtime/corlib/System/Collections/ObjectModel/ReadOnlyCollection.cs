using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    /// <summary>A read-only wrapper over a list; mutators throw NotSupportedException.</summary>
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly IList<T> _list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) ThrowHelper.ThrowArgumentNullException(nameof(list));
            _list = list;
        }

        public int Count => _list.Count;
        public T this[int index] => _list[index];
        T IList<T>.this[int index]
        {
            get => _list[index];
            set => throw new NotSupportedException("Collection is read-only.");
        }

        bool ICollection<T>.IsReadOnly => true;
        public bool Contains(T value) => _list.Contains(value);
        public void CopyTo(T[] array, int index) => _list.CopyTo(array, index);
        public int IndexOf(T value) => _list.IndexOf(value);
        public IEnumerator<T> GetEnumerator() => _list.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _list.GetEnumerator();

        void ICollection<T>.Add(T value) => throw new NotSupportedException("Collection is read-only.");
        void ICollection<T>.Clear() => throw new NotSupportedException("Collection is read-only.");
        void IList<T>.Insert(int index, T value) => throw new NotSupportedException("Collection is read-only.");
        bool ICollection<T>.Remove(T value) => throw new NotSupportedException("Collection is read-only.");
        void IList<T>.RemoveAt(int index) => throw new NotSupportedException("Collection is read-only.");
    }
}
