using System.Runtime.CompilerServices;

namespace Rivet.Hardware
{
    /// <summary>RISC-V control and status registers. <c>csr</c> must be a compile-time constant;
    /// each call is one csrr/csrw/csrs/csrc/csrrw instruction (docs/runtime-abi.md).</summary>
    public static class Csr
    {
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nuint Read(int csr);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write(int csr, nuint value);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Set(int csr, nuint mask);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Clear(int csr, nuint mask);
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern nuint Swap(int csr, nuint value);
    }
}
