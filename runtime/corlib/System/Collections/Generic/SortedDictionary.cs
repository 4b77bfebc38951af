namespace System.Collections.Generic
{
    /// <summary>A dictionary enumerated in key order (a balanced tree of pairs ordered by key).</summary>
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue> where TKey : notnull
    {
        private readonly SortedTree<KeyValuePair<TKey, TValue>> _tree;
        private readonly IComparer<TKey> _comparer;

        public SortedDictionary() : this((IComparer<TKey>?)null) { }

        public SortedDictionary(IComparer<TKey>? comparer)
        {
            _comparer = comparer ?? Comparer<TKey>.Default;
            _tree = new SortedTree<KeyValuePair<TKey, TValue>>(new KeyComparer(_comparer));
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey>? comparer) : this(comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public IComparer<TKey> Comparer => _comparer;
        public int Count => _tree.Count;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

        public TValue this[TKey key]
        {
            get
            {
                SortedTree<KeyValuePair<TKey, TValue>>.Node? node = FindNode(key);
                if (node == null) ThrowHelper.ThrowKeyNotFoundException(key);
                return node.Item.Value;
            }
            set
            {
                if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
                _tree.Add(new KeyValuePair<TKey, TValue>(key, value), replace: true);
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (!_tree.Add(new KeyValuePair<TKey, TValue>(key, value), replace: false)) ThrowHelper.ThrowArgumentException_AddingDuplicate(key);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            return _tree.Add(new KeyValuePair<TKey, TValue>(key, value), replace: false);
        }

        public bool ContainsKey(TKey key) => FindNode(key) != null;

        public bool ContainsValue(TValue value)
        {
            foreach (KeyValuePair<TKey, TValue> pair in this)
            {
                if (EqualityComparer<TValue>.Default.Equals(pair.Value, value)) return true;
            }
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            SortedTree<KeyValuePair<TKey, TValue>>.Node? node = FindNode(item.Key);
            return node != null && EqualityComparer<TValue>.Default.Equals(node.Item.Value, item.Value);
        }

        public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        {
            SortedTree<KeyValuePair<TKey, TValue>>.Node? node = FindNode(key);
            value = node == null ? default! : node.Item.Value;
            return node != null;
        }

        public bool Remove(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            return _tree.Remove(new KeyValuePair<TKey, TValue>(key, default!));
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) =>
            ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(item) && Remove(item.Key);

        public void Clear() => _tree.Clear();

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || index > array.Length - Count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            foreach (KeyValuePair<TKey, TValue> pair in this) array[index++] = pair;
        }

        public ICollection<TKey> Keys
        {
            get
            {
                var keys = new List<TKey>(Count);
                foreach (KeyValuePair<TKey, TValue> pair in this) keys.Add(pair.Key);
                return keys.AsReadOnly();
            }
        }

        public ICollection<TValue> Values
        {
            get
            {
                var values = new List<TValue>(Count);
                foreach (KeyValuePair<TKey, TValue> pair in this) values.Add(pair.Value);
                return values.AsReadOnly();
            }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        private SortedTree<KeyValuePair<TKey, TValue>>.Node? FindNode(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            return _tree.Find(new KeyValuePair<TKey, TValue>(key, default!));
        }

        public Enumerator GetEnumerator() => new Enumerator(_tree);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(_tree);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_tree);

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly SortedTree<KeyValuePair<TKey, TValue>> _tree;
            private SortedTree<KeyValuePair<TKey, TValue>>.Enumerator _inner;

            internal Enumerator(SortedTree<KeyValuePair<TKey, TValue>> tree)
            {
                _tree = tree;
                _inner = new SortedTree<KeyValuePair<TKey, TValue>>.Enumerator(tree);
            }

            public bool MoveNext() => _inner.MoveNext();
            public KeyValuePair<TKey, TValue> Current => _inner.Current;
            object? IEnumerator.Current => _inner.Current;
            void IEnumerator.Reset() => _inner = new SortedTree<KeyValuePair<TKey, TValue>>.Enumerator(_tree);
            public void Dispose() { }
        }

        /// <summary>Orders pairs by key alone.</summary>
        private sealed class KeyComparer : IComparer<KeyValuePair<TKey, TValue>>
        {
            private readonly IComparer<TKey> _keyComparer;

            public KeyComparer(IComparer<TKey> keyComparer) { _keyComparer = keyComparer; }

            public int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) => _keyComparer.Compare(x.Key, y.Key);
        }
    }
}
