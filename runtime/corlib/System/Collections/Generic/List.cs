using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>A growable array; capacity doubles (starting at 4) as in .NET.</summary>
    public class List<T> : IList<T>, IReadOnlyList<T>, IList
    {
        private const int DefaultCapacity = 4;
        internal T[] _items;
        internal int _size;
        internal int _version;

        public List() { _items = Array.Empty<T>(); }

        public List(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _items = capacity == 0 ? Array.Empty<T>() : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                _items = count == 0 ? Array.Empty<T>() : new T[count];
                if (count != 0) c.CopyTo(_items, 0);
                _size = count;
            }
            else
            {
                _items = Array.Empty<T>();
                foreach (T item in collection) Add(item);
            }
        }

        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(value));
                if (value == _items.Length) return;
                if (value == 0)
                {
                    _items = Array.Empty<T>();
                    return;
                }
                var newItems = new T[value];
                if (_size > 0) Array.Copy(_items, newItems, _size);
                _items = newItems;
            }
        }

        public int Count => _size;
        bool ICollection<T>.IsReadOnly => false;
        bool IList.IsReadOnly => false;
        bool IList.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(nameof(index));
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(nameof(index));
                _items[index] = value;
                _version++;
            }
        }

        object? IList.this[int index]
        {
            get => this[index];
            set => this[index] = (T)value!;
        }

        public void Add(T item)
        {
            _version++;
            if (_size == _items.Length) Grow(_size + 1);
            _items[_size++] = item;
        }

        int IList.Add(object? item)
        {
            Add((T)item!);
            return _size - 1;
        }

        public void AddRange(IEnumerable<T> collection) => InsertRange(_size, collection);

        public void AddRange(ReadOnlySpan<T> source)
        {
            if (source.Length == 0) return;
            if (_items.Length - _size < source.Length) Grow(checked(_size + source.Length));
            source.CopyTo(new Span<T>(_items, _size, source.Length));
            _size += source.Length;
            _version++;
        }

        private void Grow(int capacity)
        {
            int newCapacity = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;
            if ((uint)newCapacity > (uint)Array.MaxLength) newCapacity = Array.MaxLength;
            if (newCapacity < capacity) newCapacity = capacity;
            Capacity = newCapacity;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_items.Length < capacity) Grow(capacity);
            return _items.Length;
        }

        public void Clear()
        {
            _version++;
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>() && _size > 0) Array.Clear(_items, 0, _size);
            _size = 0;
        }

        public bool Contains(T item) => _size != 0 && IndexOf(item) >= 0;
        bool IList.Contains(object? item) => item is T value ? Contains(value) : item == null && default(T) == null && Contains(default!);

        public void CopyTo(T[] array) => CopyTo(array, 0);
        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array is not T[] typed) throw new ArgumentException("Target array type is not compatible with the type of items in the collection.", nameof(array));
            CopyTo(typed, index);
        }

        public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);
        int IList.IndexOf(object? item) => item is T value ? IndexOf(value) : -1;

        public int IndexOf(T item, int index)
        {
            if ((uint)index > (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(nameof(index));
            return Array.IndexOf(_items, item, index, _size - index);
        }

        public int LastIndexOf(T item)
        {
            for (int i = _size - 1; i >= 0; i--)
            {
                if (EqualityComparer<T>.Default.Equals(_items[i], item)) return i;
            }
            return -1;
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(nameof(index));
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        void IList.Insert(int index, object? item) => Insert(index, (T)item!);

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if ((uint)index > (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(nameof(index));
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count) Grow(checked(_size + count));
                    if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                    if (ReferenceEquals(this, c))
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else
                    {
                        var copy = new T[count];
                        c.CopyTo(copy, 0);
                        Array.Copy(copy, 0, _items, index, count);
                    }
                    _size += count;
                    _version++;
                }
            }
            else
            {
                foreach (T item in collection) Insert(index++, item);
            }
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        void IList.Remove(object? item)
        {
            if (item is T value) Remove(value);
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(nameof(index));
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _items[_size] = default!;
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count == 0) return;
            _size -= count;
            if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, _size, count);
            _version++;
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            int free = 0;
            while (free < _size && !match(_items[free])) free++;
            if (free >= _size) return 0;
            int current = free + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current])) current++;
                if (current < _size) _items[free++] = _items[current++];
            }
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, free, _size - free);
            int removed = _size - free;
            _size = free;
            _version++;
            return removed;
        }

        public T? Find(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i])) return _items[i];
            }
            return default;
        }

        public int FindIndex(Predicate<T> match) => FindIndex(0, _size, match);
        public int FindIndex(int startIndex, Predicate<T> match) => FindIndex(startIndex, _size - startIndex, match);

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(nameof(startIndex));
            if (count < 0 || startIndex > _size - count) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(count));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (match(_items[i])) return i;
            }
            return -1;
        }

        public T? FindLast(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = _size - 1; i >= 0; i--)
            {
                if (match(_items[i])) return _items[i];
            }
            return default;
        }

        public int FindLastIndex(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = _size - 1; i >= 0; i--)
            {
                if (match(_items[i])) return i;
            }
            return -1;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            var result = new List<T>();
            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i])) result.Add(_items[i]);
            }
            return result;
        }

        public bool Exists(Predicate<T> match) => FindIndex(match) != -1;

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++)
            {
                if (!match(_items[i])) return false;
            }
            return true;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version) break;
                action(_items[i]);
            }
            if (version != _version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) ThrowHelper.ThrowArgumentNullException(nameof(converter));
            var list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }

        public List<T> GetRange(int index, int count)
        {
            if (index < 0 || count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(index < 0 ? nameof(index) : nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            var list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public List<T> Slice(int start, int length) => GetRange(start, length);

        public int BinarySearch(T item) => BinarySearch(0, _size, item, null);
        public int BinarySearch(T item, IComparer<T>? comparer) => BinarySearch(0, _size, item, comparer);

        public int BinarySearch(int index, int count, T item, IComparer<T>? comparer)
        {
            if (index < 0 || count < 0 || _size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            return Array.BinarySearch(_items, index, count, item, comparer);
        }

        public void Reverse() => Reverse(0, _size);

        public void Reverse(int index, int count)
        {
            if (index < 0 || count < 0 || _size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count > 1) Array.Reverse(_items, index, count);
            _version++;
        }

        public void Sort() => Sort(0, _size, null);
        public void Sort(IComparer<T>? comparer) => Sort(0, _size, comparer);

        public void Sort(int index, int count, IComparer<T>? comparer)
        {
            if (index < 0 || count < 0 || _size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count > 1) Array.Sort(_items, index, count, comparer);
            _version++;
        }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            if (_size > 1) ArraySortHelper<T>.Sort(new Span<T>(_items, 0, _size), comparison);
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            var array = new T[_size];
            Array.Copy(_items, array, _size);
            return array;
        }

        public void TrimExcess()
        {
            int threshold = (int)(_items.Length * 0.9);
            if (_size < threshold) Capacity = _size;
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly() => new System.Collections.ObjectModel.ReadOnlyCollection<T>(this);

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> _list;
            private readonly int _version;
            private int _index;
            private T? _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _version = list._version;
                _index = 0;
                _current = default;
            }

            public void Dispose() { }

            public bool MoveNext()
            {
                List<T> list = _list;
                if (_version == list._version && (uint)_index < (uint)list._size)
                {
                    _current = list._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = _list._size + 1;
                _current = default;
                return false;
            }

            public T Current => _current!;

            object? IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0;
                _current = default;
            }
        }
    }
}
