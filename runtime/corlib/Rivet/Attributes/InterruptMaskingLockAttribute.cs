using System;

namespace Rivet
{
    /// <summary>
    /// Marks a spin lock type (or its guard type) that masks interrupts while held: usable in any
    /// context, but must not be held across an <c>await</c> (docs/diagnostics.md, RIVET003).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class InterruptMaskingLockAttribute : Attribute
    {
    }
}
