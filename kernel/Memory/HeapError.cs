namespace Rivet.Kernel.Memory
{
    /// <summary>Why <see cref="LinkedListHeap.Free"/> refused: each is a kernel bug the caller panics on.</summary>
    public enum HeapError
    {
        None,
        NotAnAllocation,
        DoubleFree,
    }
}
