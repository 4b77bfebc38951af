using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>
    /// A hash map with .NET's layout: entries in insertion order, chained through bucket indices,
    /// removed slots reused last-in first-out. Enumeration order therefore matches .NET's exactly.
    /// </summary>
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue> where TKey : notnull
    {
        private struct Entry
        {
            public uint hashCode;
            /// <summary>Index of the next entry in the chain; -1 ends it; ≤ -2 encodes the free list (StartOfFreeList - next).</summary>
            public int next;
            public TKey key;
            public TValue value;
        }

        private const int StartOfFreeList = -3;

        private int[]? _buckets;
        private Entry[]? _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<TKey> _comparer;
        private KeyCollection? _keys;
        private ValueCollection? _values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey>? comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey>? comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey>? comparer) : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey>? comparer) : this(0, comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (KeyValuePair<TKey, TValue> pair in collection) Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer => _comparer;
        public int Count => _count - _freeCount;
        public int Capacity => _entries?.Length ?? 0;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        public ValueCollection Values => _values ??= new ValueCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        public TValue this[TKey key]
        {
            get
            {
                int index = FindEntry(key);
                if (index < 0) ThrowHelper.ThrowKeyNotFoundException(key);
                return _entries![index].value;
            }
            set => TryInsert(key, value, overwrite: true);
        }

        public void Add(TKey key, TValue value) => TryInsert(key, value, overwrite: false);

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

        public bool TryAdd(TKey key, TValue value)
        {
            if (FindEntry(key) >= 0) return false;
            TryInsert(key, value, overwrite: false);
            return true;
        }

        public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

        public bool ContainsValue(TValue value)
        {
            Entry[]? entries = _entries;
            for (int i = 0; i < _count; i++)
            {
                if (entries![i].next >= -1 && EqualityComparer<TValue>.Default.Equals(entries[i].value, value)) return true;
            }
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int index = FindEntry(item.Key);
            return index >= 0 && EqualityComparer<TValue>.Default.Equals(_entries![index].value, item.Value);
        }

        public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        {
            int index = FindEntry(key);
            if (index >= 0)
            {
                value = _entries![index].value;
                return true;
            }
            value = default!;
            return false;
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

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        {
            if (TypeTraits<TKey>.IsNull(key)) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets != null)
            {
                Entry[] entries = _entries!;
                uint hashCode = (uint)_comparer.GetHashCode(key);
                ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                int last = -1;
                int i = bucket - 1;
                while (i >= 0)
                {
                    ref Entry entry = ref entries[i];
                    if (entry.hashCode == hashCode && _comparer.Equals(entry.key, key))
                    {
                        if (last < 0) bucket = entry.next + 1;
                        else entries[last].next = entry.next;
                        value = entry.value;
                        entry.next = StartOfFreeList - _freeList;
                        if (RuntimeHelpers.IsReferenceOrContainsReferences<TKey>()) entry.key = default!;
                        if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>()) entry.value = default!;
                        _freeList = i;
                        _freeCount++;
                        _version++;
                        return true;
                    }
                    last = i;
                    i = entry.next;
                }
            }
            value = default!;
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int index = FindEntry(item.Key);
            if (index >= 0 && EqualityComparer<TValue>.Default.Equals(_entries![index].value, item.Value))
            {
                Remove(item.Key);
                return true;
            }
            return false;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)index > (uint)array.Length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(index));
            if (array.Length - index < Count) ThrowHelper.ThrowArgumentException_DestinationTooShort();
            Entry[]? entries = _entries;
            for (int i = 0; i < _count; i++)
            {
                if (entries![i].next >= -1) array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
            }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            int current = Capacity;
            if (current >= capacity) return current;
            _version++;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            return size;
        }

        private int FindEntry(TKey key)
        {
            if (TypeTraits<TKey>.IsNull(key)) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets == null) return -1;
            Entry[] entries = _entries!;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            int i = _buckets[hashCode % (uint)_buckets.Length] - 1;
            while ((uint)i < (uint)entries.Length)
            {
                ref Entry entry = ref entries[i];
                if (entry.hashCode == hashCode && _comparer.Equals(entry.key, key)) return i;
                i = entry.next;
            }
            return -1;
        }

        private void TryInsert(TKey key, TValue value, bool overwrite)
        {
            if (TypeTraits<TKey>.IsNull(key)) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries!;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            int i = _buckets![hashCode % (uint)_buckets.Length] - 1;
            while ((uint)i < (uint)entries.Length)
            {
                ref Entry candidate = ref entries[i];
                if (candidate.hashCode == hashCode && _comparer.Equals(candidate.key, key))
                {
                    if (!overwrite) ThrowHelper.ThrowArgumentException_AddingDuplicate(key);
                    candidate.value = value;
                    _version++;
                    return;
                }
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
            entry.key = key;
            entry.value = value;
            bucket = index + 1;
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

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                while ((uint)_index < (uint)_dictionary._count)
                {
                    ref Entry entry = ref _dictionary._entries![_index++];
                    if (entry.next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(entry.key, entry.value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;
            object? IEnumerator.Current => _current;

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

            public int Count => _dictionary.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            public bool Contains(TKey item) => _dictionary.ContainsKey(item);

            public void CopyTo(TKey[] array, int index)
            {
                foreach (KeyValuePair<TKey, TValue> pair in _dictionary) array[index++] = pair.Key;
            }

            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

            public struct Enumerator : IEnumerator<TKey>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;

                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _inner = new Dictionary<TKey, TValue>.Enumerator(dictionary); }

                public bool MoveNext() => _inner.MoveNext();
                public TKey Current => _inner.Current.Key;
                object? IEnumerator.Current => Current;
                void IEnumerator.Reset() => ((IEnumerator)_inner).Reset();
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

            public int Count => _dictionary.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            public bool Contains(TValue item) => _dictionary.ContainsValue(item);

            public void CopyTo(TValue[] array, int index)
            {
                foreach (KeyValuePair<TKey, TValue> pair in _dictionary) array[index++] = pair.Value;
            }

            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

            public struct Enumerator : IEnumerator<TValue>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;

                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _inner = new Dictionary<TKey, TValue>.Enumerator(dictionary); }

                public bool MoveNext() => _inner.MoveNext();
                public TValue Current => _inner.Current.Value;
                object? IEnumerator.Current => Current;
                void IEnumerator.Reset() => ((IEnumerator)_inner).Reset();
                public void Dispose() { }
            }
        }
    }
}
