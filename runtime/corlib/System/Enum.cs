using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The base of enums. Names come from the sorted name/value table in the type
    /// descriptor (docs/runtime-abi.md, "Object model").</summary>
    public abstract unsafe partial class Enum : ValueType, IComparable
    {
        private RivetTypeLayout* Descriptor => (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(this);

        /// <summary>The value as the 64-bit pattern the name table is sorted by (sign-extended for signed enums).</summary>
        internal ulong RawValue
        {
            get
            {
                var type = Descriptor;
                byte* p = ValueBytes(this, type);
                bool signed = (type->Flags & RivetTypeLayout.Signed) != 0;
                return type->Size switch
                {
                    1 => signed ? (ulong)(long)*(sbyte*)p : *p,
                    2 => signed ? (ulong)(long)*(short*)p : *(ushort*)p,
                    4 => signed ? (ulong)(long)*(int*)p : *(uint*)p,
                    _ => *(ulong*)p,
                };
            }
        }

        private static string EntryName(RivetEnumEntry* entry)
        {
            nint name = entry->Name;
            return Unsafe.As<nint, string>(ref name);
        }

        public override string ToString()
        {
            var type = Descriptor;
            ulong value = RawValue;
            for (int i = 0; i < type->EnumCount; i++)
                if (type->EnumEntries[i].Value == value) return EntryName(&type->EnumEntries[i]);
            if ((type->Flags & RivetTypeLayout.FlagsEnum) != 0 && FlagsName(type, value) is string flags) return flags;
            return NumberString(type, value);
        }

        /// <summary>"A, B" for a combination of flags, as .NET: largest flags first in the scan,
        /// printed in ascending order; null when some bits have no name.</summary>
        private static string? FlagsName(RivetTypeLayout* type, ulong value)
        {
            if (value == 0) return null;
            ulong remaining = value;
            bool* used = stackalloc bool[type->EnumCount];
            for (int i = type->EnumCount - 1; i >= 0; i--)
            {
                ulong v = type->EnumEntries[i].Value;
                if (v != 0 && (remaining & v) == v)
                {
                    remaining &= ~v;
                    used[i] = true;
                }
            }
            if (remaining != 0) return null;
            string result = "";
            for (int i = 0; i < type->EnumCount; i++)
                if (used[i]) result = result.Length == 0 ? EntryName(&type->EnumEntries[i]) : result + ", " + EntryName(&type->EnumEntries[i]);
            return result;
        }

        private static string NumberString(RivetTypeLayout* type, ulong value)
        {
            bool signed = (type->Flags & RivetTypeLayout.Signed) != 0;
            if (signed) return ((long)value).ToString();
            if (type->Size == 8) return value.ToString();
            return ((long)value).ToString();
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException(nameof(flag));
            if (RuntimeHelpers.GetMethodTable(flag) != RuntimeHelpers.GetMethodTable(this))
                throw new ArgumentException("The argument type, '" + flag.GetType().FullName + "', is not the same as the enum type '" + GetType().FullName + "'.");
            ulong f = flag.RawValue;
            return (RawValue & f) == f;
        }

        /// <summary>Compares by value: unsigned order for unsigned underlying types, signed otherwise.</summary>
        public int CompareTo(object? target)
        {
            if (target == null) return 1;
            if (RuntimeHelpers.GetMethodTable(target) != RuntimeHelpers.GetMethodTable(this))
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().FullName + "'; the enum type was '" + GetType().FullName + "'.");
            ulong a = RawValue, b = ((Enum)target).RawValue;
            if ((Descriptor->Flags & RivetTypeLayout.Signed) != 0) return ((long)a).CompareTo((long)b);
            return a.CompareTo(b);
        }

        public override bool Equals(object? obj) =>
            obj != null && RuntimeHelpers.GetMethodTable(obj) == RuntimeHelpers.GetMethodTable(this) && ((Enum)obj).RawValue == RawValue;

        public override int GetHashCode()
        {
            ulong v = RawValue;
            return Descriptor->Size == 8 ? (int)v ^ (int)(v >> 32) : (int)v;
        }
    }
}
