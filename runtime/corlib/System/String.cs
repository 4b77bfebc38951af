using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The core of System.String the compiler relies on (docs/runtime-abi.md, "String"):
    /// the two fields in this order, allocation, length, indexer and the constructors, which the
    /// compiler turns into calls of the matching static <c>Ctor</c>.</summary>
    public sealed partial class String
    {
        private readonly int _stringLength;
        private char _firstChar;

        public int Length
        {
            [Intrinsic]
            get => _stringLength;
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public extern char this[int index]
        {
            [Intrinsic]
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FastAllocateString(int length);

        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[]? value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern String(ReadOnlySpan<char> value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern unsafe String(char* value);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern unsafe String(char* value, int startIndex, int length);

        private static string Ctor(char[]? value) => value == null || value.Length == 0 ? "" : Ctor(new ReadOnlySpan<char>(value));

        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (startIndex < 0 || length < 0 || startIndex > value.Length - length) throw new ArgumentOutOfRangeException(nameof(startIndex));
            return Ctor(new ReadOnlySpan<char>(value, startIndex, length));
        }

        private static string Ctor(char c, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            string result = FastAllocateString(count);
            for (int i = 0; i < count; i++) Unsafe.Add(ref result._firstChar, i) = c;
            return result;
        }

        private static string Ctor(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return "";
            string result = FastAllocateString(value.Length);
            for (int i = 0; i < value.Length; i++) Unsafe.Add(ref result._firstChar, i) = value[i];
            return result;
        }

        private static unsafe string Ctor(char* value)
        {
            if (value == null) return "";
            int length = 0;
            while (value[length] != '\0') length++;
            return Ctor(value, 0, length);
        }

        private static unsafe string Ctor(char* value, int startIndex, int length)
        {
            if (length < 0 || startIndex < 0) throw new ArgumentOutOfRangeException(nameof(length));
            string result = FastAllocateString(length);
            for (int i = 0; i < length; i++) Unsafe.Add(ref result._firstChar, i) = value[startIndex + i];
            return result;
        }
    }
}
