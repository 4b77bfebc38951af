using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>A hash set with the same slot layout and enumeration order as .NET's (see Dictionary).</summary>
    public class HashSet<T> : ISet<T>, IReadOnlySet<T>
    {
        private struct Entry
        {
            public uint hashCode;
            public int next;
            public T value;
        }

        private const int StartOfFreeList = -3;

        private int[]? _buckets;
        private Entry[]? _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>?)null) { }

        public HashSet(IEqualityComparer<T>? comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; }

        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T>? comparer) : this(comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T>? comparer) : this(comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) Add(item);
        }

        public IEqualityComparer<T> Comparer => _comparer;
        public int Count => _count - _freeCount;
        bool ICollection<T>.IsReadOnly => false;

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            return size;
        }

        private uint HashOf(T item) => TypeTraits<T>.IsNull(item) ? 0 : (uint)_comparer.GetHashCode(item!);

        private int FindItemIndex(T item)
        {
            if (_buckets == null) return -1;
            Entry[] entries = _entries!;
            uint hashCode = HashOf(item);
            int i = _buckets[hashCode % (uint)_buckets.Length] - 1;
            while ((uint)i < (uint)entries.Length)
            {
                ref Entry entry = ref entries[i];
                if (entry.hashCode == hashCode && _comparer.Equals(entry.value, item)) return i;
                i = entry.next;
            }
            return -1;
        }

        public bool Contains(T item) => FindItemIndex(item) >= 0;

        public bool TryGetValue(T equalValue, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T actualValue)
        {
            int index = FindItemIndex(equalValue);
            if (index >= 0)
            {
                actualValue = _entries![index].value;
                return true;
            }
            actualValue = default!;
            return false;
        }

        public bool Add(T item)
        {
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries!;
            uint hashCode = HashOf(item);
            int i = _buckets![hashCode % (uint)_buckets.Length] - 1;
            while ((uint)i < (uint)entries.Length)
            {
                ref Entry candidate = ref entries[i];
                if (candidate.hashCode == hashCode && _comparer.Equals(candidate.value, item)) return false;
                i = candidate.next;
            }

            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                if (_count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(_count));
                    entries = _entries!;
                }
                index = _count;
                _count++;
            }

            ref int bucket = ref _buckets![hashCode % (uint)_buckets.Length];
            ref Entry entry = ref entries[index];
            entry.hashCode = hashCode;
            entry.next = bucket - 1;
            entry.value = item;
            bucket = index + 1;
            _version++;
            return true;
        }

        void ICollection<T>.Add(T item) => Add(item);

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            Entry[] entries = _entries!;
            uint hashCode = HashOf(item);
            ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
            int last = -1;
            int i = bucket - 1;
            while (i >= 0)
            {
                ref Entry entry = ref entries[i];
                if (entry.hashCode == hashCode && _comparer.Equals(entry.value, item))
                {
                    if (last < 0) bucket = entry.next + 1;
                    else entries[last].next = entry.next;
                    entry.next = StartOfFreeList - _freeList;
                    if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) entry.value = default!;
                    _freeList = i;
                    _freeCount++;
                    _version++;
                    return true;
                }
                last = i;
                i = entry.next;
            }
            return false;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                ref Entry entry = ref _entries![i];
                if (entry.next >= -1 && match(entry.value))
                {
                    T value = entry.value;
                    if (Remove(value)) removed++;
                }
            }
            return removed;
        }

        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_buckets!);
                Array.Clear(_entries!, 0, _count);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
            }
            _version++;
        }

        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            Array.Copy(_entries!, entries, _count);
            _buckets = new int[newSize];
            for (int i = 0; i < _count; i++)
            {
                if (entries[i].next >= -1)
                {
                    ref int bucket = ref _buckets[entries[i].hashCode % (uint)newSize];
                    entries[i].next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0, Count);
        public void CopyTo(T[] array, int arrayIndex) => CopyTo(array, arrayIndex, Count);

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0 || count < 0 || arrayIndex > array.Length || count > array.Length - arrayIndex) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            for (int i = 0; i < _count && count > 0; i++)
            {
                if (_entries![i].next >= -1)
                {
                    array[arrayIndex++] = _entries[i].value;
                    count--;
                }
            }
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in other) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            var keep = new HashSet<T>(other, _comparer);
            RemoveWhere(item => !keep.Contains(item));
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in new HashSet<T>(other, _comparer))
            {
                if (!Remove(item)) Add(item);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            var set = new HashSet<T>(other, _comparer);
            foreach (T item in this)
            {
                if (!set.Contains(item)) return false;
            }
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            var set = new HashSet<T>(other, _comparer);
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
            var set = new HashSet<T>(other, _comparer);
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
            var set = new HashSet<T>(other, _comparer);
            return set.Count == Count && IsSupersetOf(set);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            int current = _entries?.Length ?? 0;
            if (current >= capacity) return current;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly HashSet<T> _set;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> set)
            {
                _set = set;
                _version = set._version;
                _index = 0;
                _current = default!;
            }

            public bool MoveNext()
            {
                if (_version != _set._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                while ((uint)_index < (uint)_set._count)
                {
                    ref Entry entry = ref _set._entries![_index++];
                    if (entry.next >= -1)
                    {
                        _current = entry.value;
                        return true;
                    }
                }
                _index = _set._count + 1;
                _current = default!;
                return false;
            }

            public T Current => _current;
            object? IEnumerator.Current => _current;

            void IEnumerator.Reset()
            {
                if (_version != _set._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0;
                _current = default!;
            }

            public void Dispose() { }
        }
    }
}
