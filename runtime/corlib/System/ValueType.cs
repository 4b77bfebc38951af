using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The base of value types. Boxed values are { type; value }. Equals and GetHashCode
    /// compare the value's bytes, or for types with reference or floating-point fields use the
    /// field-wise functions the compiler puts in the descriptor (as CoreCLR's reflection path).</summary>
    public abstract unsafe class ValueType
    {
        public override bool Equals(object? obj)
        {
            if (obj == null || RuntimeHelpers.GetMethodTable(obj) != RuntimeHelpers.GetMethodTable(this)) return false;
            var type = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(this);
            byte* a = ValueBytes(this, type), b = ValueBytes(obj, type);
            if (type->ValueEquals != null) return type->ValueEquals(a, b);
            for (uint i = 0; i < type->Size; i++)
                if (a[i] != b[i]) return false;
            return true;
        }

        public override int GetHashCode()
        {
            var type = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(this);
            byte* p = ValueBytes(this, type);
            if (type->ValueHash != null) return type->ValueHash(p);
            int hash = 0;
            for (uint i = 0; i < type->Size; i++) hash = hash * 31 + p[i];
            return hash;
        }

        public override string? ToString() => GetType().FullName;

        internal static byte* ValueBytes(object boxed, RivetTypeLayout* type)
        {
            nint address = Unsafe.As<object, nint>(ref boxed);
            return (byte*)address + type->ValueOffset;
        }
    }
}
