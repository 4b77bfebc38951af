namespace System
{
    internal static partial class Number
    {
        /// <summary>
        /// A decimal number as digits and a scale: value = 0.d₀d₁d₂… × 10^Scale.
        /// Digits are ASCII '0'..'9'; trailing zeros may be trimmed; no digits means zero.
        /// </summary>
        internal ref struct NumberBuffer
        {
            public Span<byte> Digits;
            public int DigitsCount;
            public int Scale;
            public bool IsNegative;
            /// <summary>Floating-point numbers keep their sign when they round to zero ("-0.00"); integers do not.</summary>
            public bool IsFloatingPoint;

            public NumberBuffer(Span<byte> digits)
            {
                Digits = digits;
                DigitsCount = 0;
                Scale = 0;
                IsNegative = false;
                IsFloatingPoint = false;
            }

            /// <summary>The digit at <paramref name="index"/>, or '0' past the stored digits.</summary>
            public char DigitOrZero(int index) => index < DigitsCount ? (char)Digits[index] : '0';
        }

        /// <summary>
        /// Writes characters into a span and keeps counting past its end, so a caller learns the exact
        /// length it needs (and allocates exactly once) when the span was too small.
        /// </summary>
        internal ref struct CharWriter
        {
            private readonly Span<char> _destination;
            private int _position;

            public CharWriter(Span<char> destination)
            {
                _destination = destination;
                _position = 0;
            }

            /// <summary>Characters written so far, or needed if greater than the destination's length.</summary>
            public int Length => _position;

            public void Append(char c)
            {
                if ((uint)_position < (uint)_destination.Length) _destination[_position] = c;
                _position++;
            }

            public void Append(char c, int count)
            {
                for (int i = 0; i < count; i++) Append(c);
            }

            /// <summary>Inserts <paramref name="c"/> at <paramref name="index"/>, moving what follows one place right.</summary>
            public void Insert(int index, char c)
            {
                for (int i = _position; i > index; i--)
                {
                    if (i < _destination.Length) _destination[i] = _destination[i - 1];
                }
                if (index < _destination.Length) _destination[index] = c;
                _position++;
            }

            public void Append(string s)
            {
                for (int i = 0; i < s.Length; i++) Append(s[i]);
            }
        }
    }
}
