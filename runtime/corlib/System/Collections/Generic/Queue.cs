using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>A first-in first-out circular buffer; capacity doubles (minimum growth 4) as in .NET.</summary>
    public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;
        private int _tail;
        private int _size;
        private int _version;

        public Queue() { _array = Array.Empty<T>(); }

        public Queue(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) Enqueue(item);
        }

        public int Count => _size;

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[_tail] = item;
            _tail = _tail + 1 == _array.Length ? 0 : _tail + 1;
            _size++;
            _version++;
        }

        public T Dequeue()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyQueue();
            T removed = _array[_head];
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _array[_head] = default!;
            _head = _head + 1 == _array.Length ? 0 : _head + 1;
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        {
            if (_size == 0)
            {
                result = default!;
                return false;
            }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyQueue();
            return _array[_head];
        }

        public bool TryPeek([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        {
            if (_size == 0)
            {
                result = default!;
                return false;
            }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            for (int i = 0; i < _size; i++)
            {
                if (EqualityComparer<T>.Default.Equals(_array[(_head + i) % _array.Length], item)) return true;
            }
            return false;
        }

        public void Clear()
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_array);
            _head = 0;
            _tail = 0;
            _size = 0;
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            var result = new T[_size];
            for (int i = 0; i < _size; i++) result[i] = _array[(_head + i) % _array.Length];
            return result;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length - _size) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[(_head + i) % _array.Length];
        }

        public void TrimExcess()
        {
            if (_size < (int)(_array.Length * 0.9)) SetCapacity(_size);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_array.Length < capacity) Grow(capacity);
            return _array.Length;
        }

        private void Grow(int capacity)
        {
            int newCapacity = 2 * _array.Length;
            if ((uint)newCapacity > (uint)Array.MaxLength) newCapacity = Array.MaxLength;
            if (newCapacity < _array.Length + 4) newCapacity = _array.Length + 4;
            if (newCapacity < capacity) newCapacity = capacity;
            SetCapacity(newCapacity);
        }

        private void SetCapacity(int capacity)
        {
            var newArray = new T[capacity];
            for (int i = 0; i < _size; i++) newArray[i] = _array[(_head + i) % _array.Length];
            _array = newArray;
            _head = 0;
            _tail = _size == capacity ? 0 : _size;
            _version++;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly Queue<T> _queue;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(Queue<T> queue)
            {
                _queue = queue;
                _version = queue._version;
                _index = -1;
                _current = default!;
            }

            public bool MoveNext()
            {
                if (_version != _queue._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_index == -2) return false;
                _index++;
                if (_index == _queue._size)
                {
                    _index = -2;
                    _current = default!;
                    return false;
                }
                _current = _queue._array[(_queue._head + _index) % _queue._array.Length];
                return true;
            }

            public T Current
            {
                get
                {
                    if (_index < 0) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _current;
                }
            }

            object? IEnumerator.Current => Current;

            void IEnumerator.Reset()
            {
                if (_version != _queue._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = -1;
                _current = default!;
            }

            public void Dispose()
            {
                _index = -2;
                _current = default!;
            }
        }
    }
}
