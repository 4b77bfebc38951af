using System;

namespace Rivet
{
    /// <summary>
    /// Marks a method that may wait (park the task, spin on a condition another interrupt sets):
    /// calling it from code reachable from a trap or interrupt handler is an error
    /// (docs/diagnostics.md, RIVET004).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class BlockingAttribute : Attribute
    {
    }
}
