using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The core of System.Array: the header reads the compiler expands
    /// (docs/runtime-abi.md, "Single-dimension arrays" and "Multi-dimension arrays").</summary>
    public abstract partial class Array
    {
        public extern int Length
        {
            [Intrinsic]
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public long LongLength => Length;

        public extern int Rank
        {
            [Intrinsic]
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLength(int dimension);

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLowerBound(int dimension);

        public int GetUpperBound(int dimension) => GetLowerBound(dimension) + GetLength(dimension) - 1;
    }
}
