using System.Runtime.CompilerServices;

namespace System
{
    public sealed partial class String
    {
        public static readonly string Empty = "";

        /// <summary>A reference to the first character (the NUL terminator for an empty string).</summary>
        internal ref char GetRawStringData() => ref _firstChar;

        /// <summary>The characters of a string this library just allocated and is still filling.</summary>
        internal Span<char> AsWritableSpan() => new Span<char>(ref _firstChar, _stringLength);

        public ref readonly char GetPinnableReference() => ref _firstChar;

        /// <summary>A new string holding a copy of <paramref name="value"/>.</summary>
        internal static string CreateFromChars(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return Empty;
            string result = FastAllocateString(value.Length);
            value.CopyTo(result.AsWritableSpan());
            return result;
        }

        /// <summary>Allocates a string of <paramref name="length"/> chars and lets <paramref name="action"/> fill it in place.</summary>
        public static string Create<TState>(int length, TState state, System.Buffers.SpanAction<char, TState> action) where TState : allows ref struct
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            if (length <= 0)
            {
                if (length == 0) return Empty;
                ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            }
            string result = FastAllocateString(length);
            action(result.AsWritableSpan(), state);
            return result;
        }

        public static implicit operator ReadOnlySpan<char>(string? value) =>
            value is null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength);

        public static bool IsNullOrEmpty([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? value) => value is null || value.Length == 0;

        public static bool IsNullOrWhiteSpace([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? value)
        {
            if (value is null) return true;
            for (int i = 0; i < value.Length; i++)
            {
                if (!char.IsWhiteSpace(value[i])) return false;
            }
            return true;
        }

        public override string ToString() => this;

        public string ToString(IFormatProvider? provider) => this;

        public char[] ToCharArray()
        {
            if (Length == 0) return Array.Empty<char>();
            var chars = new char[Length];
            new ReadOnlySpan<char>(ref _firstChar, _stringLength).CopyTo(chars);
            return chars;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)Length || (uint)length > (uint)(Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            if (length == 0) return Array.Empty<char>();
            var chars = new char[length];
            this.AsSpan(startIndex, length).CopyTo(chars);
            return chars;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) ThrowHelper.ThrowArgumentNullException(nameof(destination));
            this.AsSpan(sourceIndex, count).CopyTo(new Span<char>(destination, destinationIndex, count));
        }

        public void CopyTo(Span<char> destination) => ((ReadOnlySpan<char>)this).CopyTo(destination);

        public bool TryCopyTo(Span<char> destination) => ((ReadOnlySpan<char>)this).TryCopyTo(destination);

        public CharEnumerator GetEnumerator() => new CharEnumerator(this);
    }
}
