namespace System
{
    /// <summary>
    /// Combines hash codes with xxHash32, as .NET does, but with a fixed seed of 0: CoreCLR seeds it
    /// randomly per process, Rivet gives the same hashes on every run.
    /// </summary>
    public struct HashCode
    {
        private const uint Seed = 0;
        private const uint Prime1 = 2654435761U;
        private const uint Prime2 = 2246822519U;
        private const uint Prime3 = 3266489917U;
        private const uint Prime4 = 668265263U;
        private const uint Prime5 = 374761393U;

        private uint _v1, _v2, _v3, _v4;
        private uint _queue1, _queue2, _queue3;
        private uint _length;

        public static int Combine<T1>(T1 value1)
        {
            uint hash = MixEmptyState() + 4;
            hash = QueueRound(hash, H(value1));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2>(T1 value1, T2 value2)
        {
            uint hash = MixEmptyState() + 8;
            hash = QueueRound(hash, H(value1));
            hash = QueueRound(hash, H(value2));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
        {
            uint hash = MixEmptyState() + 12;
            hash = QueueRound(hash, H(value1));
            hash = QueueRound(hash, H(value2));
            hash = QueueRound(hash, H(value3));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, H(value1));
            v2 = Round(v2, H(value2));
            v3 = Round(v3, H(value3));
            v4 = Round(v4, H(value4));
            uint hash = MixState(v1, v2, v3, v4) + 16;
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, H(value1));
            v2 = Round(v2, H(value2));
            v3 = Round(v3, H(value3));
            v4 = Round(v4, H(value4));
            uint hash = MixState(v1, v2, v3, v4) + 20;
            hash = QueueRound(hash, H(value5));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, H(value1));
            v2 = Round(v2, H(value2));
            v3 = Round(v3, H(value3));
            v4 = Round(v4, H(value4));
            uint hash = MixState(v1, v2, v3, v4) + 24;
            hash = QueueRound(hash, H(value5));
            hash = QueueRound(hash, H(value6));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, H(value1));
            v2 = Round(v2, H(value2));
            v3 = Round(v3, H(value3));
            v4 = Round(v4, H(value4));
            uint hash = MixState(v1, v2, v3, v4) + 28;
            hash = QueueRound(hash, H(value5));
            hash = QueueRound(hash, H(value6));
            hash = QueueRound(hash, H(value7));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4, T5, T6, T7, T8>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, H(value1));
            v2 = Round(v2, H(value2));
            v3 = Round(v3, H(value3));
            v4 = Round(v4, H(value4));
            v1 = Round(v1, H(value5));
            v2 = Round(v2, H(value6));
            v3 = Round(v3, H(value7));
            v4 = Round(v4, H(value8));
            uint hash = MixState(v1, v2, v3, v4) + 32;
            return (int)MixFinal(hash);
        }

        private static uint H<T>(T value) => TypeTraits<T>.IsNull(value) ? 0u : (uint)value!.GetHashCode();

        private static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));

        private static void Initialize(out uint v1, out uint v2, out uint v3, out uint v4)
        {
            v1 = unchecked(Seed + Prime1 + Prime2);
            v2 = Seed + Prime2;
            v3 = Seed;
            v4 = unchecked(Seed - Prime1);
        }

        private static uint Round(uint hash, uint input) => RotateLeft(hash + input * Prime2, 13) * Prime1;

        private static uint QueueRound(uint hash, uint queuedValue) => RotateLeft(hash + queuedValue * Prime3, 17) * Prime4;

        private static uint MixState(uint v1, uint v2, uint v3, uint v4) => RotateLeft(v1, 1) + RotateLeft(v2, 7) + RotateLeft(v3, 12) + RotateLeft(v4, 18);

        private static uint MixEmptyState() => Seed + Prime5;

        private static uint MixFinal(uint hash)
        {
            hash ^= hash >> 15;
            hash *= Prime2;
            hash ^= hash >> 13;
            hash *= Prime3;
            hash ^= hash >> 16;
            return hash;
        }

        public void Add<T>(T value) => Add(H(value));

        public void Add<T>(T value, System.Collections.Generic.IEqualityComparer<T>? comparer) =>
            Add(TypeTraits<T>.IsNull(value) ? 0u : (uint)(comparer?.GetHashCode(value!) ?? value!.GetHashCode()));

        private void Add(uint val)
        {
            uint previousLength = _length++;
            uint position = previousLength % 4;
            if (position == 0) _queue1 = val;
            else if (position == 1) _queue2 = val;
            else if (position == 2) _queue3 = val;
            else
            {
                if (previousLength == 3) Initialize(out _v1, out _v2, out _v3, out _v4);
                _v1 = Round(_v1, _queue1);
                _v2 = Round(_v2, _queue2);
                _v3 = Round(_v3, _queue3);
                _v4 = Round(_v4, val);
            }
        }

        public int ToHashCode()
        {
            uint length = _length;
            uint position = length % 4;
            uint hash = length < 4 ? MixEmptyState() : MixState(_v1, _v2, _v3, _v4);
            hash += length * 4;
            if (position > 0)
            {
                hash = QueueRound(hash, _queue1);
                if (position > 1)
                {
                    hash = QueueRound(hash, _queue2);
                    if (position > 2) hash = QueueRound(hash, _queue3);
                }
            }
            return (int)MixFinal(hash);
        }

#pragma warning disable CS0809 // As in .NET: the overrides exist only to be marked obsolete.
        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.", error: true)]
        public override int GetHashCode() => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");

        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes.", error: true)]
        public override bool Equals(object? obj) => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
#pragma warning restore CS0809
    }
}
