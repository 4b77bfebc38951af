namespace Internal.Runtime
{
    /// <summary>The C struct RivetType of runtime/native/core/rivet.h, field for field, so corlib can
    /// read type descriptors. Object-valued fields are raw addresses here.</summary>
    internal unsafe struct RivetTypeLayout
    {
        public RivetTypeLayout* Base;
        public RivetTypeLayout* Element;
        public nint TypeObject;
        public nint Name;
        public nint Interfaces;
        public nint RefOffsets;
        public RivetEnumEntry* EnumEntries;
        public nint GenericDefinition;
        public nint TypeArguments;
        public nint Variance;
        public delegate*<void*, void*, bool> ValueEquals;
        public delegate*<void*, int> ValueHash;
        public uint Flags;
        public uint Size;
        public uint ValueOffset;
        public ushort InterfaceCount;
        public ushort RefOffsetCount;
        public ushort EnumCount;
        public ushort Rank;
        public ushort TypeArgumentCount;

        public const uint ValueType = 1u << 0, Interface = 1u << 1, Array = 1u << 2, MdArray = 1u << 3,
            Enum = 1u << 4, Nullable = 1u << 5, Abstract = 1u << 6, FlagsEnum = 1u << 8, Signed = 1u << 9, Pointer = 1u << 10;
    }

    internal struct RivetEnumEntry
    {
        public ulong Value;
        public nint Name;
    }
}
