using System.Runtime.CompilerServices;

namespace Rivet.Hardware
{
    /// <summary>Single RISC-V instructions: wfi, fence, fence.i, sfence.vma.</summary>
    public static class Cpu
    {
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void WaitForInterrupt();
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Fence();
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void FenceI();
        [Intrinsic] [MethodImpl(MethodImplOptions.InternalCall)] public static extern void SfenceVma();
    }
}
