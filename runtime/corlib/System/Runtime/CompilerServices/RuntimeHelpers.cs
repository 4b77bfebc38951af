namespace System.Runtime.CompilerServices
{
    /// <summary>Runtime services the compiler expands inline (docs/runtime-abi.md, "Intrinsics").</summary>
    public static partial class RuntimeHelpers
    {
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetHashCode(object? o);

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool IsReferenceOrContainsReferences<T>();

        /// <summary>The object's type descriptor (RivetType*).</summary>
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern nint GetMethodTable(object obj);

        /// <summary>A reference to element 0 of any array.</summary>
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern ref byte GetRawArrayData(Array array);

        public static new bool Equals(object? o1, object? o2) => object.ReferenceEquals(o1, o2);
    }
}
