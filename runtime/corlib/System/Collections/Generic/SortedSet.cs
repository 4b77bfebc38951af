namespace System.Collections.Generic
{
    /// <summary>A set kept in comparer order (a balanced tree, see <see cref="SortedTree{T}"/>).</summary>
    public class SortedSet<T> : ISet<T>, IReadOnlySet<T>
    {
        private readonly SortedTree<T> _tree;

        public SortedSet() : this((IComparer<T>?)null) { }

        public SortedSet(IComparer<T>? comparer) { _tree = new SortedTree<T>(comparer ?? Comparer<T>.Default); }

        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }

        public SortedSet(IEnumerable<T> collection, IComparer<T>? comparer) : this(comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) Add(item);
        }

        public IComparer<T> Comparer => _tree.Comparer;
        public int Count => _tree.Count;
        bool ICollection<T>.IsReadOnly => false;
        public T? Min => _tree.Count == 0 ? default : _tree.MinNode()!.Item;
        public T? Max => _tree.Count == 0 ? default : _tree.MaxNode()!.Item;

        public bool Add(T item) => _tree.Add(item, replace: false);
        void ICollection<T>.Add(T item) => Add(item);
        public bool Remove(T item) => _tree.Remove(item);
        public bool Contains(T item) => _tree.Find(item) != null;
        public void Clear() => _tree.Clear();

        public bool TryGetValue(T equalValue, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T actualValue)
        {
            SortedTree<T>.Node? node = _tree.Find(equalValue);
            actualValue = node == null ? default! : node.Item;
            return node != null;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            var matches = new List<T>();
            foreach (T item in this)
            {
                if (match(item)) matches.Add(item);
            }
            foreach (T item in matches) Remove(item);
            return matches.Count;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);

        public void CopyTo(T[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || index > array.Length - Count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            foreach (T item in this) array[index++] = item;
        }

        public IEnumerable<T> Reverse()
        {
            var items = new List<T>(this);
            for (int i = items.Count - 1; i >= 0; i--) yield return items[i];
        }

        /// <summary>The items from <paramref name="lowerValue"/> to <paramref name="upperValue"/> inclusive, as a new set.</summary>
        public SortedSet<T> GetViewBetween(T? lowerValue, T? upperValue)
        {
            if (Comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("Must be less than or equal to upperValue.", nameof(lowerValue));
            var view = new SortedSet<T>(Comparer);
            foreach (T item in this)
            {
                if (Comparer.Compare(item, lowerValue) >= 0 && Comparer.Compare(item, upperValue) <= 0) view.Add(item);
            }
            return view;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in other) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            var keep = new SortedSet<T>(other, Comparer);
            RemoveWhere(item => !keep.Contains(item));
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            foreach (T item in new SortedSet<T>(other, Comparer))
            {
                if (!Remove(item)) Add(item);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            var set = new SortedSet<T>(other, Comparer);
            foreach (T item in this)
            {
                if (!set.Contains(item)) return false;
            }
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            var set = new SortedSet<T>(other, Comparer);
            return set.Count > Count && IsSubsetOf(set);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            foreach (T item in other)
            {
                if (!Contains(item)) return false;
            }
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            var set = new SortedSet<T>(other, Comparer);
            return set.Count < Count && IsSupersetOf(set);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            foreach (T item in other)
            {
                if (Contains(item)) return true;
            }
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            var set = new SortedSet<T>(other, Comparer);
            return set.Count == Count && IsSupersetOf(set);
        }

        public Enumerator GetEnumerator() => new Enumerator(_tree);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(_tree);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_tree);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly SortedTree<T> _tree;
            private SortedTree<T>.Enumerator _inner;

            internal Enumerator(SortedTree<T> tree)
            {
                _tree = tree;
                _inner = new SortedTree<T>.Enumerator(tree);
            }

            public bool MoveNext() => _inner.MoveNext();
            public T Current => _inner.Current;
            object? IEnumerator.Current => _inner.Current;
            void IEnumerator.Reset() => _inner = new SortedTree<T>.Enumerator(_tree);
            public void Dispose() { }
        }
    }
}
