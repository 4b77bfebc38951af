namespace Rivet.Kernel.Async
{
    /// <summary>An object kept on a <see cref="Pool{T}"/>'s free list through its own link field.</summary>
    internal interface IPooled<T> where T : class
    {
        T? NextFree { get; set; }
    }
}
