namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// A kernel stack in the stack window: [Bottom, Top) is mapped read-write, the page just below
    /// Bottom is left unmapped as its guard, so running off the end faults instead of corrupting memory.
    /// </summary>
    internal readonly struct KernelStack
    {
        public readonly nuint Bottom;
        public readonly nuint Top;
        /// <summary>What the stack is for, e.g. "trap stack"; a string literal.</summary>
        public readonly string Name;
        public readonly int HartIndex;

        public KernelStack(nuint bottom, nuint top, string name, int hartIndex)
        {
            Bottom = bottom;
            Top = top;
            Name = name;
            HartIndex = hartIndex;
        }

        public nuint GuardPage => Bottom - (nuint)PageSize.Bytes;

        public bool GuardContains(nuint address) => address >= GuardPage && address < Bottom;
    }
}
