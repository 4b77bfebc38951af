using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The Type of a compiled type: a view of its descriptor (RivetType).</summary>
    internal sealed unsafe class RuntimeType : Type
    {
        internal nint _handle;

        private RivetTypeLayout* Descriptor => (RivetTypeLayout*)_handle;

        internal static RuntimeType? FromDescriptor(RivetTypeLayout* descriptor) =>
            descriptor == null ? null : Unsafe.As<RuntimeType>(ObjectAt(descriptor->TypeObject));

        private static object ObjectAt(nint address) => Unsafe.As<nint, object>(ref address);

        public override string? FullName => Unsafe.As<string>(ObjectAt(Descriptor->Name));

        public override string Name
        {
            get
            {
                string full = FullName!;
                int end = full.IndexOf('[');
                if (end < 0 || IsArray) end = full.Length;
                int start = 0;
                for (int i = 0; i < end; i++)
                    if (full[i] == '.' || full[i] == '+') start = i + 1;
                return IsArray ? full.Substring(start) : full.Substring(start, end - start);
            }
        }

        public override string? Namespace
        {
            get
            {
                string full = FullName!;
                int end = full.IndexOf('[');
                if (end < 0) end = full.Length;
                int dot = -1;
                for (int i = 0; i < end; i++)
                {
                    if (full[i] == '+') break;
                    if (full[i] == '.') dot = i;
                }
                return dot < 0 ? null : full.Substring(0, dot);
            }
        }

        public override Type? BaseType => FromDescriptor(Descriptor->Base);
        public override bool IsValueType => (Descriptor->Flags & RivetTypeLayout.ValueType) != 0;
        public override bool IsEnum => (Descriptor->Flags & RivetTypeLayout.Enum) != 0;
        public override bool IsArray => (Descriptor->Flags & (RivetTypeLayout.Array | RivetTypeLayout.MdArray)) != 0;
        public override bool IsInterface => (Descriptor->Flags & RivetTypeLayout.Interface) != 0;
        public override bool IsClass => (Descriptor->Flags & (RivetTypeLayout.ValueType | RivetTypeLayout.Interface)) == 0;
        public override Type? GetElementType() => IsArray ? FromDescriptor(Descriptor->Element) : null;
        public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle(_handle);

        public override bool IsAssignableFrom(Type? c)
        {
            if (c is not RuntimeType other) return false;
            for (var t = other.Descriptor; t != null; t = t->Base)
                if (t == Descriptor) return true;
            return false;
        }
    }
}
