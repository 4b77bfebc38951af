namespace System.Runtime.InteropServices
{
    /// <summary>Layout of a type's fields (ECMA-335 II.10.1.2); the compiler reads it from metadata
    /// (sequential/explicit, Pack, Size), so Roslyn needs the attribute only to emit that metadata.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        public StructLayoutAttribute(LayoutKind layoutKind) { Value = layoutKind; }
        public StructLayoutAttribute(short layoutKind) { Value = (LayoutKind)layoutKind; }
        public LayoutKind Value { get; }
        public int Pack;
        public int Size;
        public CharSet CharSet;
    }

    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }

    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

    /// <summary>The byte offset of a field in an explicit layout (ECMA-335 II.10.7).</summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        public FieldOffsetAttribute(int offset) { Value = offset; }
        public int Value { get; }
    }
}
