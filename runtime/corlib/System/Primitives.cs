// Minimal declarations of the primitive types; their members live in one file per type.
namespace System
{
    public readonly partial struct Boolean { private readonly bool m_value; }
    public readonly partial struct Char { private readonly char m_value; }
    public readonly partial struct SByte { private readonly sbyte m_value; }
    public readonly partial struct Byte { private readonly byte m_value; }
    public readonly partial struct Int16 { private readonly short m_value; }
    public readonly partial struct UInt16 { private readonly ushort m_value; }
    public readonly partial struct Int32 { private readonly int m_value; }
    public readonly partial struct UInt32 { private readonly uint m_value; }
    public readonly partial struct Int64 { private readonly long m_value; }
    public readonly partial struct UInt64 { private readonly ulong m_value; }
    public readonly partial struct IntPtr { private readonly nint _value; }
    public readonly partial struct UIntPtr { private readonly nuint _value; }
    public readonly partial struct Single { private readonly float m_value; }
    public readonly partial struct Double { private readonly double m_value; }
    public struct Void { }
}
