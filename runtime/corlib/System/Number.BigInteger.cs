namespace System
{
    internal static partial class Number
    {
        /// <summary>
        /// A non-negative big integer in caller-provided (stack) storage: little-endian 32-bit blocks,
        /// <see cref="Length"/> of them significant (no leading zero blocks; zero has length 0).
        /// Just the operations exact float↔decimal conversion needs.
        /// </summary>
        internal ref struct BigInteger
        {
            private readonly Span<uint> _blocks;
            private int _length;

            public BigInteger(Span<uint> storage)
            {
                _blocks = storage;
                _length = 0;
            }

            public int Length => _length;
            public bool IsZero => _length == 0;

            public void SetUInt64(ulong value)
            {
                _length = 0;
                if (value != 0)
                {
                    _blocks[0] = (uint)value;
                    _length = 1;
                    if ((value >> 32) != 0)
                    {
                        _blocks[1] = (uint)(value >> 32);
                        _length = 2;
                    }
                }
            }

            public void SetValue(scoped ref BigInteger other)
            {
                other._blocks.Slice(0, other._length).CopyTo(_blocks);
                _length = other._length;
            }

            /// <summary>The number of significant bits.</summary>
            public int BitLength()
            {
                if (_length == 0) return 0;
                uint top = _blocks[_length - 1];
                int bits = 0;
                while (top != 0)
                {
                    bits++;
                    top >>= 1;
                }
                return (_length - 1) * 32 + bits;
            }

            public void ShiftLeft(int shift)
            {
                if (_length == 0 || shift == 0) return;
                int blockShift = shift / 32;
                int bitShift = shift % 32;
                if (bitShift == 0)
                {
                    for (int i = _length - 1; i >= 0; i--) _blocks[i + blockShift] = _blocks[i];
                    _length += blockShift;
                }
                else
                {
                    int newLength = _length + blockShift + 1;
                    _blocks[newLength - 1] = 0;
                    for (int i = _length - 1; i >= 0; i--)
                    {
                        uint block = _blocks[i];
                        _blocks[i + blockShift + 1] |= block >> (32 - bitShift);
                        _blocks[i + blockShift] = block << bitShift;
                    }
                    _length = newLength;
                    if (_blocks[_length - 1] == 0) _length--;
                }
                for (int i = 0; i < blockShift; i++) _blocks[i] = 0;
            }

            public void MultiplyUInt32(uint factor)
            {
                if (_length == 0) return;
                if (factor == 0)
                {
                    _length = 0;
                    return;
                }
                ulong carry = 0;
                for (int i = 0; i < _length; i++)
                {
                    ulong product = (ulong)_blocks[i] * factor + carry;
                    _blocks[i] = (uint)product;
                    carry = product >> 32;
                }
                if (carry != 0) _blocks[_length++] = (uint)carry;
            }

            /// <summary>Multiplies by 10^<paramref name="exponent"/> (exponent ≥ 0).</summary>
            public void MultiplyPow10(int exponent)
            {
                while (exponent >= 9)
                {
                    MultiplyUInt32(1_000_000_000);
                    exponent -= 9;
                }
                uint factor = 1;
                while (exponent-- > 0) factor *= 10;
                if (factor != 1) MultiplyUInt32(factor);
            }

            /// <summary>Multiplies by 5^<paramref name="exponent"/> (exponent ≥ 0).</summary>
            public void MultiplyPow5(int exponent)
            {
                while (exponent >= 13)
                {
                    MultiplyUInt32(1_220_703_125);
                    exponent -= 13;
                }
                uint factor = 1;
                while (exponent-- > 0) factor *= 5;
                if (factor != 1) MultiplyUInt32(factor);
            }

            public void AddUInt32(uint value)
            {
                ulong carry = value;
                for (int i = 0; i < _length && carry != 0; i++)
                {
                    ulong sum = _blocks[i] + carry;
                    _blocks[i] = (uint)sum;
                    carry = sum >> 32;
                }
                if (carry != 0) _blocks[_length++] = (uint)carry;
            }

            public void Add(scoped ref BigInteger other)
            {
                int length = _length > other._length ? _length : other._length;
                ulong carry = 0;
                for (int i = 0; i < length; i++)
                {
                    ulong sum = carry + (i < _length ? _blocks[i] : 0u) + (i < other._length ? other._blocks[i] : 0u);
                    _blocks[i] = (uint)sum;
                    carry = sum >> 32;
                }
                _length = length;
                if (carry != 0) _blocks[_length++] = (uint)carry;
            }

            /// <summary>this -= other; requires this ≥ other.</summary>
            public void Subtract(scoped ref BigInteger other)
            {
                long borrow = 0;
                for (int i = 0; i < _length; i++)
                {
                    long difference = (long)_blocks[i] - (i < other._length ? other._blocks[i] : 0u) - borrow;
                    borrow = difference < 0 ? 1 : 0;
                    _blocks[i] = (uint)difference;
                }
                while (_length > 0 && _blocks[_length - 1] == 0) _length--;
            }

            public static int Compare(scoped ref BigInteger left, scoped ref BigInteger right)
            {
                if (left._length != right._length) return left._length > right._length ? 1 : -1;
                for (int i = left._length - 1; i >= 0; i--)
                {
                    if (left._blocks[i] != right._blocks[i]) return left._blocks[i] > right._blocks[i] ? 1 : -1;
                }
                return 0;
            }

            /// <summary>Compares left + addend with right, without modifying either.</summary>
            public static int CompareSum(scoped ref BigInteger left, scoped ref BigInteger addend, scoped ref BigInteger right)
            {
                int length = left._length > addend._length ? left._length : addend._length;
                if (length + 1 < right._length) return -1;
                if (length > right._length) return 1;
                // Compute the sum block by block from the bottom, then compare from the top.
                Span<uint> sum = stackalloc uint[length + 1];
                ulong carry = 0;
                for (int i = 0; i < length; i++)
                {
                    ulong s = carry + (i < left._length ? left._blocks[i] : 0u) + (i < addend._length ? addend._blocks[i] : 0u);
                    sum[i] = (uint)s;
                    carry = s >> 32;
                }
                sum[length] = (uint)carry;
                int sumLength = carry != 0 ? length + 1 : length;
                while (sumLength > 0 && sum[sumLength - 1] == 0) sumLength--;
                if (sumLength != right._length) return sumLength > right._length ? 1 : -1;
                for (int i = sumLength - 1; i >= 0; i--)
                {
                    if (sum[i] != right._blocks[i]) return sum[i] > right._blocks[i] ? 1 : -1;
                }
                return 0;
            }

            /// <summary>
            /// Divides by <paramref name="divisor"/> when the quotient is below 10; this becomes the remainder.
            /// The quotient is estimated from the top blocks (never too high), the estimate's multiple
            /// subtracted, and the rest found by subtraction; with a normalized divisor (top block of
            /// 28 bits, see <see cref="NormalizeShift"/>) the estimate is off by at most one.
            /// </summary>
            public uint DivRemSmall(scoped ref BigInteger divisor)
            {
                int n = divisor._length;
                if (_length < n) return 0;
                ulong top = _length > n ? ((ulong)_blocks[n] << 32) | _blocks[n - 1] : _blocks[n - 1];
                uint quotient = (uint)(top / ((ulong)divisor._blocks[n - 1] + 1));
                if (quotient != 0) SubtractMultiple(ref divisor, quotient);
                while (Compare(ref this, ref divisor) >= 0)
                {
                    Subtract(ref divisor);
                    quotient++;
                }
                return quotient;
            }

            /// <summary>this -= factor · other; requires the result to be non-negative.</summary>
            private void SubtractMultiple(scoped ref BigInteger other, uint factor)
            {
                ulong carry = 0;
                uint borrow = 0;
                for (int i = 0; i < _length; i++)
                {
                    ulong product = (ulong)factor * (i < other._length ? other._blocks[i] : 0u) + carry;
                    carry = product >> 32;
                    ulong difference = (ulong)_blocks[i] - (uint)product - borrow;
                    _blocks[i] = (uint)difference;
                    borrow = (uint)(difference >> 63);
                }
                while (_length > 0 && _blocks[_length - 1] == 0) _length--;
            }

            /// <summary>The left shift that leaves exactly 28 bits in the top block (0 for zero).</summary>
            public int NormalizeShift()
            {
                int topBits = BitLength() % 32;
                if (topBits == 0 && _length != 0) topBits = 32;
                return (28 - topBits + 32) % 32;
            }

            /// <summary>Halves the value (drops the lowest bit).</summary>
            public void ShiftRightOne()
            {
                for (int i = 0; i < _length; i++)
                {
                    uint next = i + 1 < _length ? _blocks[i + 1] : 0u;
                    _blocks[i] = (_blocks[i] >> 1) | (next << 31);
                }
                if (_length > 0 && _blocks[_length - 1] == 0) _length--;
            }

            /// <summary>Divides in place by a 32-bit value and returns the remainder.</summary>
            public uint DivRemUInt32(uint divisor)
            {
                ulong remainder = 0;
                for (int i = _length - 1; i >= 0; i--)
                {
                    ulong current = (remainder << 32) | _blocks[i];
                    _blocks[i] = (uint)(current / divisor);
                    remainder = current % divisor;
                }
                while (_length > 0 && _blocks[_length - 1] == 0) _length--;
                return (uint)remainder;
            }

            /// <summary>The top 64 significant bits, and whether any bit below them is set.</summary>
            public ulong GetTop64Bits(out bool lowerBitsNonZero, out int shiftedOut)
            {
                int bits = BitLength();
                shiftedOut = bits > 64 ? bits - 64 : 0;
                ulong result = 0;
                lowerBitsNonZero = false;
                for (int bit = bits - 1; bit >= shiftedOut; bit--)
                {
                    result = (result << 1) | ((_blocks[bit / 32] >> (bit % 32)) & 1);
                }
                for (int i = 0; i < shiftedOut / 32 && !lowerBitsNonZero; i++) lowerBitsNonZero = _blocks[i] != 0;
                if (!lowerBitsNonZero && shiftedOut % 32 != 0) lowerBitsNonZero = (_blocks[shiftedOut / 32] & ((1u << (shiftedOut % 32)) - 1)) != 0;
                return result;
            }
        }
    }
}
