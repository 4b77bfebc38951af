using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    /// <summary>The core of MemoryMarshal the compiler expands; span helpers live beside it.</summary>
    public static partial class MemoryMarshal
    {
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T GetArrayDataReference<T>(T[] array);
    }
}
