using System.Runtime.CompilerServices;

namespace System.Threading
{
    /// <summary>Volatile reads and writes (sequentially consistent __atomic loads and stores).</summary>
    public static class Volatile
    {
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern byte Read(ref readonly byte location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern sbyte Read(ref readonly sbyte location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern short Read(ref readonly short location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ushort Read(ref readonly ushort location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Read(ref readonly int location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint Read(ref readonly uint location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Read(ref readonly long location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ulong Read(ref readonly ulong location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nint Read(ref readonly nint location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nuint Read(ref readonly nuint location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool Read(ref readonly bool location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T Read<T>(ref readonly T location) where T : class?;
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref byte location, byte value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref sbyte location, sbyte value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref short location, short value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref ushort location, ushort value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref int location, int value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref uint location, uint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref long location, long value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref ulong location, ulong value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref nint location, nint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref nuint location, nuint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(ref bool location, bool value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write<T>(ref T location, T value) where T : class?;
    }
}
