namespace System.Runtime.CompilerServices
{
    /// <summary>Marks a method the compiler expands itself (docs/runtime-abi.md, "Intrinsics").</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field, Inherited = false)]
    internal sealed class IntrinsicAttribute : Attribute { }
}
