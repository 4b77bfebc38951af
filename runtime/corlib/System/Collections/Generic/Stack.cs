using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>A last-in first-out array; enumerates from the top, as in .NET.</summary>
    public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private const int DefaultCapacity = 4;
        private T[] _array;
        private int _size;
        private int _version;

        public Stack() { _array = Array.Empty<T>(); }

        public Stack(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) Push(item);
        }

        public int Count => _size;

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                int newCapacity = _array.Length == 0 ? DefaultCapacity : 2 * _array.Length;
                Array.Resize(ref _array, newCapacity);
            }
            _array[_size++] = item;
            _version++;
        }

        public T Pop()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyStack();
            _version++;
            T item = _array[--_size];
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _array[_size] = default!;
            return item;
        }

        public bool TryPop([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        {
            if (_size == 0)
            {
                result = default!;
                return false;
            }
            result = Pop();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyStack();
            return _array[_size - 1];
        }

        public bool TryPeek([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        {
            if (_size == 0)
            {
                result = default!;
                return false;
            }
            result = _array[_size - 1];
            return true;
        }

        public bool Contains(T item) => _size != 0 && Array.LastIndexOf(_array, item, _size - 1, _size) != -1;

        public void Clear()
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            var result = new T[_size];
            for (int i = 0; i < _size; i++) result[i] = _array[_size - 1 - i];
            return result;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length - _size) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[_size - 1 - i];
        }

        public void TrimExcess()
        {
            if (_size < (int)(_array.Length * 0.9)) Array.Resize(ref _array, _size);
            _version++;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _current = default!;
            }

            public bool MoveNext()
            {
                if (_version != _stack._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_index == -2)
                {
                    _index = _stack._size - 1;
                }
                else if (_index == -1)
                {
                    return false;
                }
                else
                {
                    _index--;
                }
                if (_index >= 0)
                {
                    _current = _stack._array[_index];
                    return true;
                }
                _current = default!;
                return false;
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
                if (_version != _stack._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = -2;
                _current = default!;
            }

            public void Dispose() => _index = -1;
        }
    }
}
