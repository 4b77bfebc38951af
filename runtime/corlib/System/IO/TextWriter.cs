namespace System.IO
{
    /// <summary>
    /// .NET's TextWriter, reduced to what console output needs: subclasses write spans of chars;
    /// every other overload formats (numbers without allocating) and forwards to that.
    /// </summary>
    public abstract class TextWriter : IDisposable
    {
        private static readonly char[] s_newLine = { '\n' };

        /// <summary>Room for any primitive in its default format.</summary>
        private const int NumberChars = 32;

        public static readonly TextWriter Null = new NullTextWriter();

        protected TextWriter() { }

        public virtual string NewLine
        {
            get => "\n";
            set { }
        }

        public virtual IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

        public abstract void Write(char value);

        public virtual void Write(ReadOnlySpan<char> buffer)
        {
            foreach (char c in buffer) Write(c);
        }

        public virtual void Write(string? value) => Write((ReadOnlySpan<char>)value);
        public virtual void Write(char[]? buffer) => Write(new ReadOnlySpan<char>(buffer));
        public virtual void Write(char[] buffer, int index, int count) => Write(new ReadOnlySpan<char>(buffer, index, count));
        public virtual void Write(bool value) => Write(value ? "True" : "False");
        public virtual void Write(int value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatInt64(value, uint.MaxValue, default, buffer)));
        }

        public virtual void Write(uint value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public virtual void Write(long value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatInt64(value, ulong.MaxValue, default, buffer)));
        }

        public virtual void Write(ulong value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public virtual void Write(float value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatSingle(value, default, buffer)));
        }

        public virtual void Write(double value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            Write(buffer.Slice(0, Number.FormatDouble(value, default, buffer)));
        }

        public virtual void Write(object? value) => Write(value?.ToString());
        public virtual void Write(string format, object? arg0) => Write(string.Format(format, arg0));
        public virtual void Write(string format, object? arg0, object? arg1) => Write(string.Format(format, arg0, arg1));
        public virtual void Write(string format, object? arg0, object? arg1, object? arg2) => Write(string.Format(format, arg0, arg1, arg2));
        public virtual void Write(string format, params object?[] arg) => Write(string.Format(format, arg));

        public virtual void WriteLine() => Write(s_newLine);
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(ReadOnlySpan<char> buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(string? value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[]? buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(bool value) { Write(value); WriteLine(); }
        public virtual void WriteLine(int value) { Write(value); WriteLine(); }
        public virtual void WriteLine(uint value) { Write(value); WriteLine(); }
        public virtual void WriteLine(long value) { Write(value); WriteLine(); }
        public virtual void WriteLine(ulong value) { Write(value); WriteLine(); }
        public virtual void WriteLine(float value) { Write(value); WriteLine(); }
        public virtual void WriteLine(double value) { Write(value); WriteLine(); }
        public virtual void WriteLine(object? value) { Write(value); WriteLine(); }
        public virtual void WriteLine(string format, object? arg0) => WriteLine(string.Format(format, arg0));
        public virtual void WriteLine(string format, object? arg0, object? arg1) => WriteLine(string.Format(format, arg0, arg1));
        public virtual void WriteLine(string format, object? arg0, object? arg1, object? arg2) => WriteLine(string.Format(format, arg0, arg1, arg2));
        public virtual void WriteLine(string format, params object?[] arg) => WriteLine(string.Format(format, arg));

        public virtual void Flush() { }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing) { }

        private sealed class NullTextWriter : TextWriter
        {
            public override void Write(char value) { }
            public override void Write(ReadOnlySpan<char> buffer) { }
        }
    }
}
