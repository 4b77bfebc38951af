// TODO(corlib): delete this file once runtime/corlib declares these types (docs/runtime-abi.md,
// "Exported constants": the generated TrapFrame and virtio layouts need them). Until then they are
// declared here so that `dotnet build kernel` produces the IL; Roslyn treats them as the
// pseudo-custom attributes by name, so the compiled layout is the same (ECMA-335 II.10.1.2, II.10.7).
// Rivet.Kernel.csproj stops compiling this folder as soon as corlib has StructLayoutAttribute.cs.
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
