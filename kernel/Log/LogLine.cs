using System;

namespace Rivet.Kernel.Log
{
    /// <summary>
    /// Builds one line of kernel log as UTF-8 in a caller-owned buffer (usually stackalloc), so
    /// logging never allocates and works in trap handlers. Text that does not fit is dropped and
    /// <see cref="Truncated"/> is set, and everything appended after that is dropped too, so a line
    /// never shows text with a silent hole in it. The last byte is always kept for the newline.
    /// </summary>
    public ref struct LogLine
    {
        private readonly Span<byte> _buffer;
        private int _length;

        public LogLine(Span<byte> buffer)
        {
            _buffer = buffer;
            _length = 0;
            Truncated = false;
        }

        public bool Truncated { get; private set; }
        public int Length => _length;

        /// <summary>The line so far, without the newline.</summary>
        public ReadOnlySpan<byte> Text => _buffer.Slice(0, _length);

        /// <summary>The line with its newline, for writing out.</summary>
        public ReadOnlySpan<byte> Finish()
        {
            if (_buffer.Length == 0) return default;
            _buffer[_length] = (byte)'\n';
            return _buffer.Slice(0, _length + 1);
        }

        public void Append(ReadOnlySpan<byte> utf8)
        {
            for (int i = 0; i < utf8.Length; i++) AppendByte(utf8[i]);
        }

        /// <summary>UTF-16 text, encoded as UTF-8 (a lone surrogate becomes U+FFFD).</summary>
        public void Append(string? text)
        {
            if (text == null) return;
            for (int i = 0; i < text.Length; i++)
            {
                uint c = text[i];
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + ((uint)text[i + 1] - 0xDC00);
                    i++;
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    c = 0xFFFD;
                }
                AppendCodePoint(c);
            }
        }

        public void Append(char c) => AppendCodePoint(c >= 0xD800 && c <= 0xDFFF ? 0xFFFDu : c);

        public void AppendDecimal(ulong value) => AppendDecimal(value, 0, (byte)' ');

        public void AppendDecimal(long value)
        {
            if (value < 0)
            {
                AppendByte((byte)'-');
                AppendDecimal(0UL - (ulong)value);
            }
            else
            {
                AppendDecimal((ulong)value);
            }
        }

        /// <summary>At least <paramref name="width"/> digits, padded on the left with <paramref name="pad"/>.</summary>
        public void AppendDecimal(ulong value, int width, byte pad)
        {
            Span<byte> digits = stackalloc byte[20];
            int count = 0;
            do
            {
                digits[count++] = (byte)('0' + (int)(value % 10));
                value /= 10;
            } while (value != 0);
            for (int i = count; i < width; i++) AppendByte(pad);
            while (count > 0) AppendByte(digits[--count]);
        }

        /// <summary>"0x" and at least <paramref name="minDigits"/> lowercase hex digits.</summary>
        public void AppendHex(ulong value, int minDigits = 1)
        {
            AppendByte((byte)'0');
            AppendByte((byte)'x');
            int digits = 1;
            while (digits < 16 && value >> (digits * 4) != 0) digits++;
            if (digits < minDigits) digits = minDigits > 16 ? 16 : minDigits;
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                AppendByte((byte)"0123456789abcdef"[(int)((value >> shift) & 0xF)]);
        }

        private void AppendCodePoint(uint c)
        {
            if (c < 0x80)
            {
                AppendByte((byte)c);
                return;
            }
            // Whole sequences only: a character either fits entirely or is dropped.
            int size = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (Truncated || _length + size > _buffer.Length - 1)
            {
                Truncated = true;
                return;
            }
            if (size == 2)
            {
                AppendByte((byte)(0xC0 | (c >> 6)));
            }
            else if (size == 3)
            {
                AppendByte((byte)(0xE0 | (c >> 12)));
                AppendByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            }
            else
            {
                AppendByte((byte)(0xF0 | (c >> 18)));
                AppendByte((byte)(0x80 | ((c >> 12) & 0x3F)));
                AppendByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            }
            AppendByte((byte)(0x80 | (c & 0x3F)));
        }

        private void AppendByte(byte value)
        {
            if (Truncated || _length >= _buffer.Length - 1)
            {
                Truncated = true;
                return;
            }
            _buffer[_length++] = value;
        }
    }
}
