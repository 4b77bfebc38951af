using System.Runtime.CompilerServices;

namespace System.Threading
{
    /// <summary>Sequentially consistent atomic operations (GCC __atomic builtins).</summary>
    public static class Interlocked
    {
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int CompareExchange(ref int location1, int value, int comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long CompareExchange(ref long location1, long value, long comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nint CompareExchange(ref nint location1, nint value, nint comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint CompareExchange(ref uint location1, uint value, uint comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern object? CompareExchange(ref object? location1, object? value, object? comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T CompareExchange<T>(ref T location1, T value, T comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Exchange(ref int location1, int value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Exchange(ref long location1, long value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nint Exchange(ref nint location1, nint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern object? Exchange(ref object? location1, object? value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T Exchange<T>(ref T location1, T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Add(ref int location1, int value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Add(ref long location1, long value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Increment(ref int location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Increment(ref long location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Decrement(ref int location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Decrement(ref long location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int And(ref int location1, int value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long And(ref long location1, long value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint And(ref uint location1, uint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Or(ref int location1, int value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Or(ref long location1, long value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint Or(ref uint location1, uint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint Add(ref uint location1, uint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern uint Exchange(ref uint location1, uint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern double CompareExchange(ref double location1, double value, double comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exchange(ref double location1, double value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ulong CompareExchange(ref ulong location1, ulong value, ulong comparand);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Read(ref readonly long location);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void MemoryBarrier();
    }
}
