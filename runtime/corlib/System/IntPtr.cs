namespace System
{
    /// <summary>nint: a pointer-sized signed integer (numeric IntPtr, C# 11).</summary>
    public readonly partial struct IntPtr : IComparable, IComparable<nint>, IEquatable<nint>, ISpanFormattable
    {
        public static readonly nint Zero = 0;

        public static unsafe int Size => sizeof(nint);
        public static nint MaxValue => Size == 8 ? unchecked((nint)long.MaxValue) : int.MaxValue;
        public static nint MinValue => Size == 8 ? unchecked((nint)long.MinValue) : int.MinValue;

        public IntPtr(int value) { _value = value; }
        public IntPtr(long value) { _value = checked((nint)value); }
        public unsafe IntPtr(void* value) { _value = (nint)value; }

        public int ToInt32() => checked((int)_value);
        public long ToInt64() => _value;
        public unsafe void* ToPointer() => (void*)_value;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is nint other) return CompareTo(other);
            throw new ArgumentException("Object must be of type IntPtr.");
        }

        public int CompareTo(nint value) => _value < value ? -1 : _value > value ? 1 : 0;
        public override bool Equals(object? obj) => obj is nint other && _value == other;
        public bool Equals(nint other) => _value == other;
        public override int GetHashCode() => Size == 8 ? ((long)_value).GetHashCode() : (int)_value;

        public override string ToString() => ((long)_value).ToString();
        public string ToString(string? format) => Number.Int64ToString(_value, Size == 8 ? ulong.MaxValue : uint.MaxValue, format);
        public string ToString(IFormatProvider? provider) => ToString();
        public string ToString(string? format, IFormatProvider? provider) => ToString(format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatInt64(_value, Size == 8 ? ulong.MaxValue : uint.MaxValue, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }

        public static nint Parse(string s) => Size == 8 ? (nint)long.Parse(s) : int.Parse(s);
    }

    /// <summary>nuint: a pointer-sized unsigned integer (numeric UIntPtr, C# 11).</summary>
    public readonly partial struct UIntPtr : IComparable, IComparable<nuint>, IEquatable<nuint>, ISpanFormattable
    {
        public static readonly nuint Zero = 0;

        public static unsafe int Size => sizeof(nuint);
        public static nuint MaxValue => Size == 8 ? unchecked((nuint)ulong.MaxValue) : uint.MaxValue;
        public static nuint MinValue => 0;

        public UIntPtr(uint value) { _value = value; }
        public UIntPtr(ulong value) { _value = checked((nuint)value); }
        public unsafe UIntPtr(void* value) { _value = (nuint)value; }

        public uint ToUInt32() => checked((uint)_value);
        public ulong ToUInt64() => _value;
        public unsafe void* ToPointer() => (void*)_value;

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is nuint other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UIntPtr.");
        }

        public int CompareTo(nuint value) => _value < value ? -1 : _value > value ? 1 : 0;
        public override bool Equals(object? obj) => obj is nuint other && _value == other;
        public bool Equals(nuint other) => _value == other;
        public override int GetHashCode() => Size == 8 ? ((ulong)_value).GetHashCode() : (int)_value;

        public override string ToString() => ((ulong)_value).ToString();
        public string ToString(string? format) => Number.UInt64ToString(_value, format);
        public string ToString(IFormatProvider? provider) => ToString();
        public string ToString(string? format, IFormatProvider? provider) => ToString(format);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            int length = Number.FormatUInt64(_value, format, destination);
            charsWritten = length <= destination.Length ? length : 0;
            return length <= destination.Length;
        }
    }
}
