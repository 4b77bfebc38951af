using System.Runtime.InteropServices;

namespace System
{
    /// <summary>
    /// Standard output and error. Text is encoded to UTF-8 in a small stack buffer and handed to the
    /// platform with <c>rivet_platform_write</c> (docs/runtime-abi.md); nothing is buffered across calls.
    /// </summary>
    public static partial class Console
    {
        private const int StandardOutput = 1;
        private const int StandardError = 2;
        private const int ChunkBytes = 256;

        /// <summary>Room for any primitive in its default format ("-1.7976931348623157E+308" is 24 chars).</summary>
        private const int NumberChars = 32;

        [DllImport("*")]
        private static extern unsafe void rivet_platform_write(int fd, byte* bytes, nuint length);

        /// <summary>
        /// Writes <paramref name="text"/> (and a line feed if <paramref name="newLine"/>) as UTF-8 in as few
        /// platform writes as the chunk size allows; an unpaired surrogate becomes U+FFFD, as .NET's encoder does.
        /// </summary>
        internal static unsafe void WriteUtf8(int fd, ReadOnlySpan<char> text, bool newLine = false)
        {
            byte* buffer = stackalloc byte[ChunkBytes];
            int used = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (used > ChunkBytes - 4)
                {
                    rivet_platform_write(fd, buffer, (nuint)used);
                    used = 0;
                }
                uint c = text[i];
                if (c < 0x80)
                {
                    buffer[used++] = (byte)c;
                    continue;
                }
                if (c < 0x800)
                {
                    buffer[used++] = (byte)(0xC0 | (c >> 6));
                    buffer[used++] = (byte)(0x80 | (c & 0x3F));
                    continue;
                }
                if (c - 0xD800 <= 0x7FF)
                {
                    if (c <= 0xDBFF && i + 1 < text.Length && (uint)(text[i + 1] - 0xDC00) <= 0x3FF)
                    {
                        uint scalar = ((c - 0xD800) << 10) + ((uint)text[i + 1] - 0xDC00) + 0x10000;
                        i++;
                        buffer[used++] = (byte)(0xF0 | (scalar >> 18));
                        buffer[used++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                        buffer[used++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                        buffer[used++] = (byte)(0x80 | (scalar & 0x3F));
                        continue;
                    }
                    c = 0xFFFD;
                }
                buffer[used++] = (byte)(0xE0 | (c >> 12));
                buffer[used++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[used++] = (byte)(0x80 | (c & 0x3F));
            }
            if (newLine)
            {
                if (used == ChunkBytes)
                {
                    rivet_platform_write(fd, buffer, (nuint)used);
                    used = 0;
                }
                buffer[used++] = (byte)'\n';
            }
            if (used > 0) rivet_platform_write(fd, buffer, (nuint)used);
        }

        private static System.IO.TextWriter? s_out;
        private static System.IO.TextWriter? s_error;

        /// <summary>Standard output as a writer; Console.Write goes through it, so <see cref="SetOut"/> redirects both.</summary>
        public static System.IO.TextWriter Out => s_out ??= new ConsoleWriter(StandardOutput);

        public static System.IO.TextWriter Error => s_error ??= new ConsoleWriter(StandardError);

        public static void SetOut(System.IO.TextWriter newOut)
        {
            if (newOut == null) ThrowHelper.ThrowArgumentNullException(nameof(newOut));
            s_out = newOut;
        }

        public static void SetError(System.IO.TextWriter newError)
        {
            if (newError == null) ThrowHelper.ThrowArgumentNullException(nameof(newError));
            s_error = newError;
        }

        private static void WriteOut(ReadOnlySpan<char> text)
        {
            if (s_out == null) WriteUtf8(StandardOutput, text);
            else s_out.Write(text);
        }
        private static void WriteOutLine(ReadOnlySpan<char> text)
        {
            if (s_out == null)
            {
                WriteUtf8(StandardOutput, text, newLine: true);
            }
            else
            {
                s_out.Write(text);
                s_out.WriteLine();
            }
        }

        public static void WriteLine() => WriteOut("\n");
        public static void WriteLine(string? value) => WriteOutLine(value);
        public static void WriteLine(ReadOnlySpan<char> value) => WriteOutLine(value);
        public static void WriteLine(object? value) => WriteOutLine(value?.ToString());
        public static void WriteLine(bool value) => WriteOutLine(value ? "True" : "False");
        public static void WriteLine(char value) => WriteOutLine(new ReadOnlySpan<char>(in value));
        public static void WriteLine(char[]? buffer) => WriteOutLine(buffer);
        public static void WriteLine(char[] buffer, int index, int count) => WriteOutLine(new ReadOnlySpan<char>(buffer, index, count));
        public static void WriteLine(int value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatInt64(value, uint.MaxValue, default, buffer)));
        }

        public static void WriteLine(uint value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public static void WriteLine(long value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatInt64(value, ulong.MaxValue, default, buffer)));
        }

        public static void WriteLine(ulong value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public static void WriteLine(float value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatSingle(value, default, buffer)));
        }

        public static void WriteLine(double value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOutLine(buffer.Slice(0, Number.FormatDouble(value, default, buffer)));
        }

        public static void WriteLine(string format, object? arg0) => WriteOutLine(string.Format(format, arg0));
        public static void WriteLine(string format, object? arg0, object? arg1) => WriteOutLine(string.Format(format, arg0, arg1));
        public static void WriteLine(string format, object? arg0, object? arg1, object? arg2) => WriteOutLine(string.Format(format, arg0, arg1, arg2));
        public static void WriteLine(string format, params object?[]? arg) => WriteOutLine(arg == null ? format : string.Format(format, arg));

        public static void Write(string? value) => WriteOut(value);
        public static void Write(ReadOnlySpan<char> value) => WriteOut(value);
        public static void Write(object? value) => WriteOut(value?.ToString());
        public static void Write(bool value) => WriteOut(value ? "True" : "False");
        public static void Write(char value) => WriteOut(new ReadOnlySpan<char>(in value));
        public static void Write(char[]? buffer) => WriteOut(buffer);
        public static void Write(char[] buffer, int index, int count) => WriteOut(new ReadOnlySpan<char>(buffer, index, count));
        public static void Write(int value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatInt64(value, uint.MaxValue, default, buffer)));
        }

        public static void Write(uint value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public static void Write(long value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatInt64(value, ulong.MaxValue, default, buffer)));
        }

        public static void Write(ulong value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatUInt64(value, default, buffer)));
        }

        public static void Write(float value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatSingle(value, default, buffer)));
        }

        public static void Write(double value)
        {
            Span<char> buffer = stackalloc char[NumberChars];
            WriteOut(buffer.Slice(0, Number.FormatDouble(value, default, buffer)));
        }

        public static void Write(string format, object? arg0) => WriteOut(string.Format(format, arg0));
        public static void Write(string format, object? arg0, object? arg1) => WriteOut(string.Format(format, arg0, arg1));
        public static void Write(string format, object? arg0, object? arg1, object? arg2) => WriteOut(string.Format(format, arg0, arg1, arg2));
        public static void Write(string format, params object?[]? arg) => WriteOut(arg == null ? format : string.Format(format, arg));

        /// <summary>Writes straight to a file descriptor in UTF-8.</summary>
        private sealed class ConsoleWriter : System.IO.TextWriter
        {
            private readonly int _fd;

            public ConsoleWriter(int fd) { _fd = fd; }

            public override void Write(char value) => WriteUtf8(_fd, new ReadOnlySpan<char>(in value));
            public override void Write(ReadOnlySpan<char> buffer) => WriteUtf8(_fd, buffer);
            public override void WriteLine(string? value) => WriteUtf8(_fd, value, newLine: true);
            public override void WriteLine(ReadOnlySpan<char> buffer) => WriteUtf8(_fd, buffer, newLine: true);
        }
    }
}
