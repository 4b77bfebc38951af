namespace System.Collections.Generic
{
    /// <summary>A doubly linked list: a circular ring of nodes entered at <see cref="First"/>, as in .NET.</summary>
    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        private LinkedListNode<T>? _head;
        private int _count;
        private int _version;

        public LinkedList() { }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) AddLast(item);
        }

        public int Count => _count;
        public LinkedListNode<T>? First => _head;
        public LinkedListNode<T>? Last => _head?._prev;
        bool ICollection<T>.IsReadOnly => false;

        void ICollection<T>.Add(T value) => AddLast(value);

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var result = new LinkedListNode<T>(node._list!, value);
            InsertNodeBefore(node._next!, result);
            return result;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertNodeBefore(node._next!, newNode);
            newNode._list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var result = new LinkedListNode<T>(node._list!, value);
            InsertNodeBefore(node, result);
            if (node == _head) _head = result;
            return result;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertNodeBefore(node, newNode);
            newNode._list = this;
            if (node == _head) _head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            var result = new LinkedListNode<T>(this, value);
            AddFirstCore(result);
            return result;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            AddFirstCore(node);
            node._list = this;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            var result = new LinkedListNode<T>(this, value);
            AddLastCore(result);
            return result;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            AddLastCore(node);
            node._list = this;
        }

        private void AddFirstCore(LinkedListNode<T> node)
        {
            if (_head == null)
            {
                InsertNodeToEmptyList(node);
            }
            else
            {
                InsertNodeBefore(_head, node);
                _head = node;
            }
        }

        private void AddLastCore(LinkedListNode<T> node)
        {
            if (_head == null) InsertNodeToEmptyList(node);
            else InsertNodeBefore(_head, node);
        }

        public void Clear()
        {
            LinkedListNode<T>? current = _head;
            while (current != null)
            {
                LinkedListNode<T> next = current;
                current = current.Next;
                next.Invalidate();
            }
            _head = null;
            _count = 0;
            _version++;
        }

        public bool Contains(T value) => Find(value) != null;

        public void CopyTo(T[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || index > array.Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(index));
            if (array.Length - index < Count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            foreach (T item in this) array[index++] = item;
        }

        public LinkedListNode<T>? Find(T value)
        {
            LinkedListNode<T>? node = _head;
            if (node == null) return null;
            do
            {
                if (EqualityComparer<T>.Default.Equals(node!._item, value)) return node;
                node = node._next;
            }
            while (node != _head);
            return null;
        }

        public LinkedListNode<T>? FindLast(T value)
        {
            if (_head == null) return null;
            LinkedListNode<T> last = _head._prev!;
            LinkedListNode<T> node = last;
            do
            {
                if (EqualityComparer<T>.Default.Equals(node._item, value)) return node;
                node = node._prev!;
            }
            while (node != last);
            return null;
        }

        public bool Remove(T value)
        {
            LinkedListNode<T>? node = Find(value);
            if (node == null) return false;
            RemoveNode(node);
            return true;
        }

        public void Remove(LinkedListNode<T> node)
        {
            ValidateNode(node);
            RemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head);
        }

        public void RemoveLast()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head._prev!);
        }

        private void InsertNodeBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode._next = node;
            newNode._prev = node._prev;
            node._prev!._next = newNode;
            node._prev = newNode;
            _version++;
            _count++;
        }

        private void InsertNodeToEmptyList(LinkedListNode<T> newNode)
        {
            newNode._next = newNode;
            newNode._prev = newNode;
            _head = newNode;
            _version++;
            _count++;
        }

        private void RemoveNode(LinkedListNode<T> node)
        {
            if (node._next == node)
            {
                _head = null;
            }
            else
            {
                node._next!._prev = node._prev;
                node._prev!._next = node._next;
                if (_head == node) _head = node._next;
            }
            node.Invalidate();
            _count--;
            _version++;
        }

        private static void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelper.ThrowArgumentNullException(nameof(node));
            if (node._list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        private void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelper.ThrowArgumentNullException(nameof(node));
            if (node._list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> _list;
            private readonly int _version;
            private LinkedListNode<T>? _node;
            private T? _current;
            private int _index;

            internal Enumerator(LinkedList<T> list)
            {
                _list = list;
                _version = list._version;
                _node = list._head;
                _current = default;
                _index = 0;
            }

            public T Current => _current!;
            object? IEnumerator.Current => _current;

            public bool MoveNext()
            {
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_node == null)
                {
                    _index = _list.Count + 1;
                    return false;
                }
                ++_index;
                _current = _node._item;
                _node = _node._next;
                if (_node == _list._head) _node = null;
                return true;
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _current = default;
                _node = _list._head;
                _index = 0;
            }

            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T>? _list;
        internal LinkedListNode<T>? _next;
        internal LinkedListNode<T>? _prev;
        internal T _item;

        public LinkedListNode(T value) { _item = value; }

        internal LinkedListNode(LinkedList<T> list, T value)
        {
            _list = list;
            _item = value;
        }

        public LinkedList<T>? List => _list;
        public LinkedListNode<T>? Next => _next == null || _next == _list!.First ? null : _next;
        public LinkedListNode<T>? Previous => _prev == null || this == _list!.First ? null : _prev;
        public T Value { get => _item; set => _item = value; }
        public ref T ValueRef => ref _item;

        internal void Invalidate()
        {
            _list = null;
            _next = null;
            _prev = null;
        }
    }
}
