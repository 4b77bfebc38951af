namespace Rivet.Kernel.Memory
{
    /// <summary>Why <see cref="FrameAllocator.Free"/> refused: each is a kernel bug the caller panics on.</summary>
    public enum FrameError
    {
        None,
        Misaligned,
        OutOfRange,
        NotAllocated,
    }
}
