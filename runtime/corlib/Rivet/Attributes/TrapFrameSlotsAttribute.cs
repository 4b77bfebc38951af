using System;

namespace Rivet
{
    /// <summary>XLEN-wide slots of a <see cref="TrapFrameAttribute"/> struct, in the order saved.</summary>
    [AttributeUsage(AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class TrapFrameSlotsAttribute : Attribute
    {
        public TrapFrameSlotsAttribute(params string[] names) { Names = names; }

        public string[] Names { get; }
    }
}
