using System;

namespace Rivet
{
    /// <summary>
    /// Declares a partial struct as the trap frame: the generator lays out the slots named by
    /// <see cref="TrapFrameSlotsAttribute"/> and <see cref="TrapFrameFloatSlotsAttribute"/> (in
    /// declaration order) with explicit offsets for the target's XLEN, and writes the offsets as
    /// constants of a static class marked <see cref="ExportConstantsAttribute"/> for the assembly.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, Inherited = false)]
    public sealed class TrapFrameAttribute : Attribute
    {
        /// <summary>Name of the generated offsets class; default: the struct's name + "Offsets".</summary>
        public string? OffsetsClass { get; set; }
    }
}
