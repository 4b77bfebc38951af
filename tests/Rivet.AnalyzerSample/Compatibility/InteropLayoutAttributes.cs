// TODO(corlib): delete this file once runtime/corlib declares these types; the project stops
// compiling it as soon as corlib has System/Runtime/InteropServices/StructLayoutAttribute.cs (the
// kernel does the same). The generated trap frame and virtio layouts need them; Roslyn treats them
// as pseudo-custom attributes by name (ECMA-335 II.10.1.2, II.10.7).
namespace System.Runtime.InteropServices
{
    public enum LayoutKind
    {
        Sequential = 0,
        Explicit = 2,
        Auto = 3,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        public StructLayoutAttribute(LayoutKind layoutKind) { Value = layoutKind; }

        public LayoutKind Value { get; }
        public int Pack;
        public int Size;
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        public FieldOffsetAttribute(int offset) { Value = offset; }

        public int Value { get; }
    }
}
