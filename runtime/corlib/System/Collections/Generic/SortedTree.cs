namespace System.Collections.Generic
{
    /// <summary>
    /// An AVL tree: the ordered storage behind SortedSet and SortedDictionary. Heights of sibling
    /// subtrees differ by at most one, so search, insertion and removal are O(log n); enumeration
    /// is in order (the only order .NET's sorted collections expose, so the tree shape is private).
    /// </summary>
    internal sealed class SortedTree<T>
    {
        internal sealed class Node
        {
            public T Item;
            public Node? Left;
            public Node? Right;
            public int Height = 1;

            public Node(T item) { Item = item; }
        }

        private readonly IComparer<T> _comparer;
        private Node? _root;
        private int _count;
        private int _version;

        public SortedTree(IComparer<T> comparer) { _comparer = comparer; }

        public IComparer<T> Comparer => _comparer;
        public int Count => _count;
        public int Version => _version;
        internal Node? Root => _root;

        public Node? Find(T item)
        {
            Node? node = _root;
            while (node != null)
            {
                int order = _comparer.Compare(item, node.Item);
                if (order == 0) return node;
                node = order < 0 ? node.Left : node.Right;
            }
            return null;
        }

        /// <summary>Adds <paramref name="item"/>, or (when <paramref name="replace"/>) replaces an equal one; false if an equal item was there.</summary>
        public bool Add(T item, bool replace)
        {
            bool added = false;
            _root = Insert(_root, item, replace, ref added);
            if (added) _count++;
            _version++;
            return added;
        }

        public bool Remove(T item)
        {
            bool removed = false;
            _root = Delete(_root, item, ref removed);
            if (removed)
            {
                _count--;
                _version++;
            }
            return removed;
        }

        public void Clear()
        {
            _root = null;
            _count = 0;
            _version++;
        }

        public Node? MinNode()
        {
            Node? node = _root;
            while (node?.Left != null) node = node.Left;
            return node;
        }

        public Node? MaxNode()
        {
            Node? node = _root;
            while (node?.Right != null) node = node.Right;
            return node;
        }

        private Node Insert(Node? node, T item, bool replace, ref bool added)
        {
            if (node == null)
            {
                added = true;
                return new Node(item);
            }
            int order = _comparer.Compare(item, node.Item);
            if (order == 0)
            {
                if (replace) node.Item = item;
                return node;
            }
            if (order < 0) node.Left = Insert(node.Left, item, replace, ref added);
            else node.Right = Insert(node.Right, item, replace, ref added);
            return Rebalance(node);
        }

        private Node? Delete(Node? node, T item, ref bool removed)
        {
            if (node == null) return null;
            int order = _comparer.Compare(item, node.Item);
            if (order < 0)
            {
                node.Left = Delete(node.Left, item, ref removed);
            }
            else if (order > 0)
            {
                node.Right = Delete(node.Right, item, ref removed);
            }
            else
            {
                removed = true;
                if (node.Left == null) return node.Right;
                if (node.Right == null) return node.Left;
                Node successor = node.Right;
                while (successor.Left != null) successor = successor.Left;
                node.Item = successor.Item;
                bool ignored = false;
                node.Right = Delete(node.Right, successor.Item, ref ignored);
            }
            return Rebalance(node);
        }

        private static int HeightOf(Node? node) => node?.Height ?? 0;

        private static void UpdateHeight(Node node) => node.Height = 1 + Math.Max(HeightOf(node.Left), HeightOf(node.Right));

        private static Node Rebalance(Node node)
        {
            UpdateHeight(node);
            int balance = HeightOf(node.Left) - HeightOf(node.Right);
            if (balance > 1)
            {
                if (HeightOf(node.Left!.Left) < HeightOf(node.Left.Right)) node.Left = RotateLeft(node.Left);
                return RotateRight(node);
            }
            if (balance < -1)
            {
                if (HeightOf(node.Right!.Right) < HeightOf(node.Right.Left)) node.Right = RotateRight(node.Right);
                return RotateLeft(node);
            }
            return node;
        }

        private static Node RotateRight(Node node)
        {
            Node pivot = node.Left!;
            node.Left = pivot.Right;
            pivot.Right = node;
            UpdateHeight(node);
            UpdateHeight(pivot);
            return pivot;
        }

        private static Node RotateLeft(Node node)
        {
            Node pivot = node.Right!;
            node.Right = pivot.Left;
            pivot.Left = node;
            UpdateHeight(node);
            UpdateHeight(pivot);
            return pivot;
        }

        /// <summary>In-order traversal with an explicit stack; throws if the tree changes meanwhile.</summary>
        public struct Enumerator
        {
            private readonly SortedTree<T> _tree;
            private readonly int _version;
            private readonly Stack<Node> _stack;
            private Node? _current;

            internal Enumerator(SortedTree<T> tree)
            {
                _tree = tree;
                _version = tree._version;
                _stack = new Stack<Node>();
                _current = null;
                PushLeftSpine(tree._root);
            }

            private void PushLeftSpine(Node? node)
            {
                for (; node != null; node = node.Left) _stack.Push(node);
            }

            public bool MoveNext()
            {
                if (_version != _tree._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_stack.Count == 0)
                {
                    _current = null;
                    return false;
                }
                _current = _stack.Pop();
                PushLeftSpine(_current.Right);
                return true;
            }

            public T Current => _current == null ? default! : _current.Item;
        }
    }
}
