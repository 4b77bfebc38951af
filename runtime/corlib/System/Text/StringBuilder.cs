using System.Runtime.CompilerServices;

namespace System.Text
{
    /// <summary>
    /// A mutable string in one growable char array (capacity doubles, default 16 as in .NET).
    /// Numbers are formatted straight into the free space, without temporary strings.
    /// </summary>
    public sealed partial class StringBuilder
    {
        private const int DefaultCapacity = 16;
        private char[] _chars;
        private int _length;
        private readonly int _maxCapacity;

        public StringBuilder() : this(DefaultCapacity) { }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _chars = new char[capacity == 0 ? DefaultCapacity : capacity];
            _maxCapacity = int.MaxValue;
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity)
        {
            if (maxCapacity < 1 || capacity > maxCapacity) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(maxCapacity));
            _maxCapacity = maxCapacity;
        }

        public StringBuilder(string? value) : this(value, DefaultCapacity) { }

        public StringBuilder(string? value, int capacity) : this(Math.Max(capacity, value?.Length ?? 0))
        {
            Append(value);
        }

        public StringBuilder(string? value, int startIndex, int length, int capacity) : this(Math.Max(capacity, length))
        {
            Append(value, startIndex, length);
        }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0 || value > _maxCapacity) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(value));
                if (value > _length)
                {
                    EnsureCapacity(value);
                    new Span<char>(_chars, _length, value - _length).Clear();
                }
                _length = value;
            }
        }

        public int Capacity
        {
            get => _chars.Length;
            set
            {
                if (value < _length || value > _maxCapacity) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(value));
                if (value != _chars.Length) Resize(value);
            }
        }

        public int MaxCapacity => _maxCapacity;

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _chars[index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
                _chars[index] = value;
            }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_chars.Length < capacity) Grow(capacity - _length);
            return _chars.Length;
        }

        private void Grow(int additional)
        {
            int needed = _length + additional;
            if (needed > _maxCapacity || needed < 0) throw new ArgumentOutOfRangeException("requiredLength", "Capacity exceeds maximum capacity.");
            int capacity = Math.Max(needed, Math.Min(_chars.Length * 2, _maxCapacity));
            Resize(capacity);
        }

        private void Resize(int capacity)
        {
            var chars = new char[capacity];
            Array.Copy(_chars, chars, _length);
            _chars = chars;
        }

        private Span<char> FreeSpace => new Span<char>(_chars, _length, _chars.Length - _length);

        public override string ToString() => string.CreateFromChars(new ReadOnlySpan<char>(_chars, 0, _length));

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > _length - length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            return string.CreateFromChars(new ReadOnlySpan<char>(_chars, startIndex, length));
        }

        public StringBuilder Clear()
        {
            _length = 0;
            return this;
        }

        public bool Equals(StringBuilder? sb) =>
            sb != null && sb._length == _length && sb._maxCapacity == _maxCapacity && sb._chars.Length == _chars.Length &&
            new ReadOnlySpan<char>(_chars, 0, _length).SequenceEqual(new ReadOnlySpan<char>(sb._chars, 0, sb._length));

        public bool Equals(ReadOnlySpan<char> span) => new ReadOnlySpan<char>(_chars, 0, _length).SequenceEqual(span);

        public void CopyTo(int sourceIndex, Span<char> destination, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(sourceIndex));
            new ReadOnlySpan<char>(_chars, sourceIndex, count).CopyTo(destination);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
            CopyTo(sourceIndex, new Span<char>(destination, destinationIndex, count), count);

        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) Grow(1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(repeatCount));
            if (_chars.Length - _length < repeatCount) Grow(repeatCount);
            new Span<char>(_chars, _length, repeatCount).Fill(value);
            _length += repeatCount;
            return this;
        }

        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            if (_chars.Length - _length < value.Length) Grow(value.Length);
            value.CopyTo(FreeSpace);
            _length += value.Length;
            return this;
        }


        public StringBuilder Append(string? value) => Append((ReadOnlySpan<char>)value);

        public StringBuilder Append(string? value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                ThrowHelper.ThrowArgumentNullException(nameof(value));
            }
            return Append(value.AsSpan(startIndex, count));
        }

        public StringBuilder Append(char[]? value) => Append(new ReadOnlySpan<char>(value));

        public StringBuilder Append(char[]? value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                ThrowHelper.ThrowArgumentNullException(nameof(value));
            }
            return Append(new ReadOnlySpan<char>(value, startIndex, charCount));
        }

        public unsafe StringBuilder Append(char* value, int valueCount) => Append(new ReadOnlySpan<char>(value, valueCount));

        public StringBuilder Append(StringBuilder? value) => value == null ? this : Append(new ReadOnlySpan<char>(value._chars, 0, value._length));

        public StringBuilder Append(StringBuilder? value, int startIndex, int count) =>
            value == null ? this : Append(new ReadOnlySpan<char>(value._chars, 0, value._length).Slice(startIndex, count));

        public StringBuilder Append(bool value) => Append(value ? "True" : "False");
        public StringBuilder Append(sbyte value) => AppendInt64(value, byte.MaxValue);
        public StringBuilder Append(byte value) => AppendUInt64(value);
        public StringBuilder Append(short value) => AppendInt64(value, ushort.MaxValue);
        public StringBuilder Append(ushort value) => AppendUInt64(value);
        public StringBuilder Append(int value) => AppendInt64(value, uint.MaxValue);
        public StringBuilder Append(uint value) => AppendUInt64(value);
        public StringBuilder Append(long value) => AppendInt64(value, ulong.MaxValue);
        public StringBuilder Append(ulong value) => AppendUInt64(value);
        public StringBuilder Append(float value) => AppendSingle(value);
        public StringBuilder Append(double value) => AppendDouble(value);

        public StringBuilder Append(object? value) => value == null ? this : Append(value.ToString());

        public StringBuilder Append([InterpolatedStringHandlerArgument("")] ref AppendInterpolatedStringHandler handler) => this;

        public StringBuilder Append(IFormatProvider? provider, [InterpolatedStringHandlerArgument("", "provider")] ref AppendInterpolatedStringHandler handler) => this;

        /// <summary>Formats straight into the free space; grows once and formats again if it did not fit.</summary>
        private StringBuilder AppendInt64(long value, ulong bitsMask)
        {
            int length = Number.FormatInt64(value, bitsMask, default, FreeSpace);
            if (length > _chars.Length - _length)
            {
                Grow(length);
                Number.FormatInt64(value, bitsMask, default, FreeSpace);
            }
            _length += length;
            return this;
        }

        private StringBuilder AppendUInt64(ulong value)
        {
            int length = Number.FormatUInt64(value, default, FreeSpace);
            if (length > _chars.Length - _length)
            {
                Grow(length);
                Number.FormatUInt64(value, default, FreeSpace);
            }
            _length += length;
            return this;
        }

        private StringBuilder AppendSingle(float value)
        {
            int length = Number.FormatSingle(value, default, FreeSpace);
            if (length > _chars.Length - _length)
            {
                Grow(length);
                Number.FormatSingle(value, default, FreeSpace);
            }
            _length += length;
            return this;
        }

        private StringBuilder AppendDouble(double value)
        {
            int length = Number.FormatDouble(value, default, FreeSpace);
            if (length > _chars.Length - _length)
            {
                Grow(length);
                Number.FormatDouble(value, default, FreeSpace);
            }
            _length += length;
            return this;
        }

        public StringBuilder AppendLine() => Append('\n');

        public StringBuilder AppendLine(string? value)
        {
            Append(value);
            return Append('\n');
        }

        public StringBuilder AppendLine([InterpolatedStringHandlerArgument("")] ref AppendInterpolatedStringHandler handler) => Append('\n');

        public StringBuilder AppendJoin(string? separator, params object?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) Append(separator);
                Append(values[i]);
            }
            return this;
        }

        public StringBuilder AppendJoin(string? separator, params string?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) Append(separator);
                Append(values[i]);
            }
            return this;
        }

        public StringBuilder AppendJoin<T>(string? separator, System.Collections.Generic.IEnumerable<T> values)
        {
            bool first = true;
            foreach (T value in values)
            {
                if (!first) Append(separator);
                if (!TypeTraits<T>.IsNull(value)) Append(value!.ToString());
                first = false;
            }
            return this;
        }

        public StringBuilder AppendJoin(char separator, params object?[] values) => AppendJoin(char.ToString(separator), values);
        public StringBuilder AppendJoin(char separator, params string?[] values) => AppendJoin(char.ToString(separator), values);

        public StringBuilder Insert(int index, string? value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (string.IsNullOrEmpty(value)) return this;
            InsertSpan(index, value);
            return this;
        }

        public StringBuilder Insert(int index, string? value, int count)
        {
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Insert(int index, char value) => Insert(index, char.ToString(value));
        public StringBuilder Insert(int index, char[]? value) => Insert(index, value == null ? null : string.CreateFromChars(value));
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, uint value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, ulong value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, double value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, float value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, object? value) => Insert(index, value?.ToString());
        public StringBuilder Insert(int index, ReadOnlySpan<char> value)
        {
            if ((uint)index > (uint)_length) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(index));
            InsertSpan(index, value);
            return this;
        }

        private void InsertSpan(int index, ReadOnlySpan<char> value)
        {
            if (_chars.Length - _length < value.Length) Grow(value.Length);
            Array.Copy(_chars, index, _chars, index + value.Length, _length - index);
            value.CopyTo(new Span<char>(_chars, index, value.Length));
            _length += value.Length;
        }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (startIndex < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(startIndex));
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length || count < 0 || startIndex > _length - count) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (_chars[i] == oldChar) _chars[i] = newChar;
            }
            return this;
        }

        public StringBuilder Replace(string oldValue, string? newValue) => Replace(oldValue, newValue, 0, _length);

        public StringBuilder Replace(string oldValue, string? newValue, int startIndex, int count)
        {
            if (oldValue == null) ThrowHelper.ThrowArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
            if ((uint)startIndex > (uint)_length || count < 0 || startIndex > _length - count) ThrowHelper.ThrowArgumentOutOfRangeException(nameof(startIndex));
            newValue ??= string.Empty;
            int end = startIndex + count;
            int i = startIndex;
            while (i <= end - oldValue.Length)
            {
                if (new ReadOnlySpan<char>(_chars, i, oldValue.Length).SequenceEqual(oldValue))
                {
                    Remove(i, oldValue.Length);
                    InsertSpan(i, newValue);
                    i += newValue.Length;
                    end += newValue.Length - oldValue.Length;
                }
                else
                {
                    i++;
                }
            }
            return this;
        }

        public StringBuilder AppendFormat(string format, object? arg0) => AppendFormat(null, format, new[] { arg0 });
        public StringBuilder AppendFormat(string format, object? arg0, object? arg1) => AppendFormat(null, format, new[] { arg0, arg1 });
        public StringBuilder AppendFormat(string format, object? arg0, object? arg1, object? arg2) => AppendFormat(null, format, new[] { arg0, arg1, arg2 });
        public StringBuilder AppendFormat(string format, params object?[] args) => AppendFormat(null, format, args);
        public StringBuilder AppendFormat(IFormatProvider? provider, string format, object? arg0) => AppendFormat(provider, format, new[] { arg0 });
        public StringBuilder AppendFormat(IFormatProvider? provider, string format, object? arg0, object? arg1) => AppendFormat(provider, format, new[] { arg0, arg1 });

        public StringBuilder AppendFormat(IFormatProvider? provider, string format, params object?[] args)
        {
            if (format == null) ThrowHelper.ThrowArgumentNullException(nameof(format));
            if (args == null) ThrowHelper.ThrowArgumentNullException(nameof(args));
            CompositeFormatter.AppendFormatted(this, provider, format, args);
            return this;
        }

        /// <summary>Appends <paramref name="value"/> formatted with <paramref name="format"/>, padded to |alignment| (right-aligned when positive).</summary>
        internal void AppendFormattedValue<T>(T value, int alignment, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            int start = _length;
            if (value is ISpanFormattable)
            {
                int written;
                while (!((ISpanFormattable)value).TryFormat(FreeSpace, out written, format, provider)) Grow(Math.Max(_chars.Length, 32));
                _length += written;
            }
            else if (value is IFormattable)
            {
                Append(((IFormattable)value).ToString(format.Length == 0 ? null : format.ToString(), provider));
            }
            else if (value is not null)
            {
                Append(value.ToString());
            }
            if (alignment == 0) return;
            int width = alignment < 0 ? -alignment : alignment;
            int padding = width - (_length - start);
            if (padding <= 0) return;
            if (alignment < 0)
            {
                Append(' ', padding);
            }
            else
            {
                if (_chars.Length - _length < padding) Grow(padding);
                Array.Copy(_chars, start, _chars, start + padding, _length - start);
                new Span<char>(_chars, start, padding).Fill(' ');
                _length += padding;
            }
        }

        [InterpolatedStringHandler]
        public struct AppendInterpolatedStringHandler
        {
            private readonly StringBuilder _stringBuilder;
            private readonly IFormatProvider? _provider;

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder)
            {
                _stringBuilder = stringBuilder;
                _provider = null;
            }

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder, IFormatProvider? provider)
            {
                _stringBuilder = stringBuilder;
                _provider = provider;
            }

            public void AppendLiteral(string value) => _stringBuilder.Append(value);
            public void AppendFormatted<T>(T value) => _stringBuilder.AppendFormattedValue(value, 0, default, _provider);
            public void AppendFormatted<T>(T value, string? format) => _stringBuilder.AppendFormattedValue(value, 0, format, _provider);
            public void AppendFormatted<T>(T value, int alignment) => _stringBuilder.AppendFormattedValue(value, alignment, default, _provider);
            public void AppendFormatted<T>(T value, int alignment, string? format) => _stringBuilder.AppendFormattedValue(value, alignment, format, _provider);
            public void AppendFormatted(ReadOnlySpan<char> value) => _stringBuilder.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null) => _stringBuilder.AppendFormattedValue(value.ToString(), alignment, format, _provider);
            public void AppendFormatted(string? value) => _stringBuilder.Append(value);
            public void AppendFormatted(string? value, int alignment = 0, string? format = null) => _stringBuilder.AppendFormattedValue(value, alignment, format, _provider);
            public void AppendFormatted(object? value, int alignment = 0, string? format = null) => _stringBuilder.AppendFormattedValue(value, alignment, format, _provider);
        }
    }
}
