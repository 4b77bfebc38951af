namespace System.Runtime.CompilerServices
{
    /// <summary>Unchecked reinterpretation and address arithmetic, expanded by the compiler.</summary>
    public static unsafe class Unsafe
    {
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T As<T>(object? o) where T : class?;
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref TTo As<TFrom, TTo>(ref TFrom source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(void* source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(scoped ref readonly T source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void* AsPointer<T>(ref readonly T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, int elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, nint elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, nuint elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void* Add<T>(void* source, int elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Subtract<T>(ref T source, int elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Subtract<T>(ref T source, nint elementOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, nint byteOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, nuint byteOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T SubtractByteOffset<T>(ref T source, nint byteOffset);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nint ByteOffset<T>(ref readonly T origin, ref readonly T target);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern int SizeOf<T>();
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool AreSame<T>(ref readonly T left, ref readonly T right);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressGreaterThan<T>(ref readonly T left, ref readonly T right);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsNullRef<T>(ref readonly T source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T NullRef<T>();
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T Read<T>(void* source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T ReadUnaligned<T>(void* source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern T ReadUnaligned<T>(ref readonly byte source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write<T>(void* destination, T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void WriteUnaligned<T>(void* destination, T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void WriteUnaligned<T>(ref byte destination, T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Copy<T>(void* destination, ref readonly T source);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void SkipInit<T>(out T value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Unbox<T>(object box) where T : struct;
    }
}
