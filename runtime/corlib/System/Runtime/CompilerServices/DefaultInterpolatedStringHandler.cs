namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Builds interpolated strings (C# 10 "interpolated string handlers"). Text accumulates in a char
    /// array sized from Roslyn's estimate and doubled when full; values that implement
    /// <see cref="ISpanFormattable"/> format straight into it. The only allocations are that array and
    /// the result.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private const int GuessedLengthPerHole = 11;
        /// <summary>Small on purpose: with no collector yet, the scratch array is never reclaimed.</summary>
        private const int MinimumArrayLength = 32;

        private readonly IFormatProvider? _provider;
        private char[] _array;
        private int _pos;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _provider = null;
            _array = new char[GetDefaultLength(literalLength, formattedCount)];
            _pos = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider)
        {
            _provider = provider;
            _array = new char[GetDefaultLength(literalLength, formattedCount)];
            _pos = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider, Span<char> initialBuffer)
            : this(literalLength, formattedCount, provider)
        {
        }

        private static int GetDefaultLength(int literalLength, int formattedCount)
        {
            int length = literalLength + formattedCount * GuessedLengthPerHole;
            return length < MinimumArrayLength ? MinimumArrayLength : length;
        }

        /// <summary>The text so far.</summary>
        public ReadOnlySpan<char> Text => new ReadOnlySpan<char>(_array, 0, _pos);

        public override string ToString() => string.CreateFromChars(Text);

        public string ToStringAndClear()
        {
            string result = string.CreateFromChars(Text);
            _array = Array.Empty<char>();
            _pos = 0;
            return result;
        }

        public void AppendLiteral(string value) => AppendSpan(value);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

        public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

        public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

        public void AppendFormatted<T>(T value, int alignment, string? format)
        {
            int start = _pos;
            if (value is ISpanFormattable)
            {
                int written;
                while (!((ISpanFormattable)value).TryFormat(new Span<char>(_array, _pos, _array.Length - _pos), out written, format, _provider))
                {
                    Grow(_array.Length);
                }
                _pos += written;
            }
            else if (value is IFormattable)
            {
                AppendSpan(((IFormattable)value).ToString(format, _provider));
            }
            else if (value is not null)
            {
                AppendSpan(value.ToString());
            }
            if (alignment != 0) AlignFrom(start, alignment);
        }

        public void AppendFormatted(ReadOnlySpan<char> value) => AppendSpan(value);

        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null)
        {
            int start = _pos;
            AppendSpan(value);
            if (alignment != 0) AlignFrom(start, alignment);
        }

        public void AppendFormatted(string? value) => AppendSpan(value);

        public void AppendFormatted(string? value, int alignment = 0, string? format = null)
        {
            int start = _pos;
            AppendSpan(value);
            if (alignment != 0) AlignFrom(start, alignment);
        }

        public void AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);

        private void AppendSpan(ReadOnlySpan<char> value)
        {
            if (_array.Length - _pos < value.Length) Grow(value.Length);
            value.CopyTo(new Span<char>(_array, _pos, value.Length));
            _pos += value.Length;
        }

        /// <summary>Pads the text written since <paramref name="start"/> to |alignment| chars: right-aligned when positive.</summary>
        private void AlignFrom(int start, int alignment)
        {
            bool leftAlign = alignment < 0;
            int width = leftAlign ? -alignment : alignment;
            int padding = width - (_pos - start);
            if (padding <= 0) return;
            if (_array.Length - _pos < padding) Grow(padding);
            if (leftAlign)
            {
                new Span<char>(_array, _pos, padding).Fill(' ');
            }
            else
            {
                Array.Copy(_array, start, _array, start + padding, _pos - start);
                new Span<char>(_array, start, padding).Fill(' ');
            }
            _pos += padding;
        }

        private void Grow(int additional)
        {
            int needed = _pos + additional;
            int length = _array.Length * 2;
            if (length < needed) length = needed;
            if (length < MinimumArrayLength) length = MinimumArrayLength;
            var newArray = new char[length];
            Array.Copy(_array, newArray, _pos);
            _array = newArray;
        }
    }
}
