using System;

namespace Rivet
{
    /// <summary>
    /// Marks a interrupt handler entry point: code reachable from it runs with interrupts masked
    /// and must not allocate, block, or take a lock that does not mask interrupts (docs/diagnostics.md).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class InterruptHandlerAttribute : Attribute
    {
    }
}
