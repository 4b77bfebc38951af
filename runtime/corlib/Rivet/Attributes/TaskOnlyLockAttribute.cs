using System;

namespace Rivet
{
    /// <summary>
    /// Marks a lock type that parks the waiting task and does not mask interrupts: any use of it in
    /// code reachable from a trap or interrupt handler is an error (docs/diagnostics.md, RIVET001).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class TaskOnlyLockAttribute : Attribute
    {
    }
}
