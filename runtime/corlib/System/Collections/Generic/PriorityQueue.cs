using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>
    /// A min-priority queue: .NET's quaternary array heap, step for step, so elements of equal
    /// priority come out in the same order as on CoreCLR.
    /// </summary>
    public class PriorityQueue<TElement, TPriority>
    {
        private const int Log2Arity = 2;
        private const int Arity = 1 << Log2Arity;

        private (TElement Element, TPriority Priority)[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private int _size;
        private int _version;

        public PriorityQueue() : this(0, null) { }
        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) { }
        public PriorityQueue(IComparer<TPriority>? comparer) : this(0, comparer) { }

        public PriorityQueue(int initialCapacity, IComparer<TPriority>? comparer)
        {
            if (initialCapacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(initialCapacity));
            _nodes = initialCapacity == 0 ? Array.Empty<(TElement, TPriority)>() : new (TElement, TPriority)[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items) : this(items, null) { }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items, IComparer<TPriority>? comparer) : this(0, comparer)
        {
            if (items == null) ThrowHelper.ThrowArgumentNullException(nameof(items));
            _nodes = new List<(TElement, TPriority)>(items).ToArray();
            _size = _nodes.Length;
            if (_size > 1) Heapify();
        }

        public int Count => _size;
        public IComparer<TPriority> Comparer => _comparer;

        public void Enqueue(TElement element, TPriority priority)
        {
            int currentSize = _size;
            _version++;
            if (_nodes.Length == currentSize) Grow(currentSize + 1);
            _size = currentSize + 1;
            MoveUp((element, priority), currentSize);
        }

        public TElement Peek()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyQueue();
            return _nodes[0].Element;
        }

        public TElement Dequeue()
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyQueue();
            TElement element = _nodes[0].Element;
            RemoveRootNode();
            return element;
        }

        public bool TryDequeue([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TElement element, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                RemoveRootNode();
                return true;
            }
            element = default!;
            priority = default!;
            return false;
        }

        public bool TryPeek([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TElement element, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                return true;
            }
            element = default!;
            priority = default!;
            return false;
        }

        /// <summary>Enqueues, then dequeues the minimum (which may be the new element), in one sift.</summary>
        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                (TElement Element, TPriority Priority) root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0)
                {
                    MoveDown((element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }

        /// <summary>Dequeues the minimum, then enqueues, in one sift.</summary>
        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) ThrowHelper.ThrowInvalidOperationException_EmptyQueue();
            (TElement Element, TPriority Priority) root = _nodes[0];
            if (_comparer.Compare(priority, root.Priority) > 0) MoveDown((element, priority), 0);
            else _nodes[0] = (element, priority);
            _version++;
            return root.Element;
        }

        public void EnqueueRange(IEnumerable<(TElement Element, TPriority Priority)> items)
        {
            if (items == null) ThrowHelper.ThrowArgumentNullException(nameof(items));
            foreach ((TElement element, TPriority priority) in items) Enqueue(element, priority);
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null) ThrowHelper.ThrowArgumentNullException(nameof(elements));
            foreach (TElement element in elements) Enqueue(element, priority);
        }

        public void Clear()
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<(TElement, TPriority)>()) Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_nodes.Length < capacity)
            {
                Grow(capacity);
                _version++;
            }
            return _nodes.Length;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_nodes.Length * 0.9))
            {
                Array.Resize(ref _nodes, _size);
                _version++;
            }
        }

        private void Grow(int minCapacity)
        {
            const int GrowFactor = 2;
            const int MinimumGrow = 4;
            int newCapacity = GrowFactor * _nodes.Length;
            if ((uint)newCapacity > (uint)Array.MaxLength) newCapacity = Array.MaxLength;
            newCapacity = Math.Max(newCapacity, _nodes.Length + MinimumGrow);
            if (newCapacity < minCapacity) newCapacity = minCapacity;
            Array.Resize(ref _nodes, newCapacity);
        }

        private void RemoveRootNode()
        {
            int lastNodeIndex = --_size;
            _version++;
            if (lastNodeIndex > 0) MoveDown(_nodes[lastNodeIndex], 0);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<(TElement, TPriority)>()) _nodes[lastNodeIndex] = default;
        }

        private static int GetParentIndex(int index) => (index - 1) >> Log2Arity;

        private static int GetFirstChildIndex(int index) => (index << Log2Arity) + 1;

        private void Heapify()
        {
            for (int index = GetParentIndex(_size - 1); index >= 0; --index) MoveDown(_nodes[index], index);
        }

        private void MoveUp((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            (TElement Element, TPriority Priority)[] nodes = _nodes;
            while (nodeIndex > 0)
            {
                int parentIndex = GetParentIndex(nodeIndex);
                (TElement Element, TPriority Priority) parent = nodes[parentIndex];
                if (_comparer.Compare(node.Priority, parent.Priority) < 0)
                {
                    nodes[nodeIndex] = parent;
                    nodeIndex = parentIndex;
                }
                else
                {
                    break;
                }
            }
            nodes[nodeIndex] = node;
        }

        private void MoveDown((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            (TElement Element, TPriority Priority)[] nodes = _nodes;
            int size = _size;
            int i;
            while ((i = GetFirstChildIndex(nodeIndex)) < size)
            {
                (TElement Element, TPriority Priority) minChild = nodes[i];
                int minChildIndex = i;
                int childIndexUpperBound = Math.Min(i + Arity, size);
                while (++i < childIndexUpperBound)
                {
                    (TElement Element, TPriority Priority) nextChild = nodes[i];
                    if (_comparer.Compare(nextChild.Priority, minChild.Priority) < 0)
                    {
                        minChild = nextChild;
                        minChildIndex = i;
                    }
                }
                if (_comparer.Compare(node.Priority, minChild.Priority) <= 0) break;
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }
            nodes[nodeIndex] = node;
        }
    }
}
