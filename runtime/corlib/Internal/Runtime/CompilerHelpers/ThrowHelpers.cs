using System;

namespace Internal.Runtime.CompilerHelpers
{
    /// <summary>The exceptions the IL's implicit checks raise (docs/runtime-abi.md): generated C
    /// calls these on a failed null, bounds, division, overflow, cast or array-store check.</summary>
    internal static class ThrowHelpers
    {
        internal static void ThrowNullReferenceException() => throw new NullReferenceException();
        internal static void ThrowIndexOutOfRangeException() => throw new IndexOutOfRangeException();
        internal static void ThrowDivideByZeroException() => throw new DivideByZeroException();
        internal static void ThrowOverflowException() => throw new OverflowException();
        internal static void ThrowInvalidCastException() => throw new InvalidCastException();
        internal static void ThrowArrayTypeMismatchException() => throw new ArrayTypeMismatchException();
        internal static void ThrowOutOfMemoryException() => throw new OutOfMemoryException();
        internal static void ThrowTypeInitializationException(string typeName, Exception inner) =>
            throw new TypeInitializationException(typeName, inner);
    }
}
