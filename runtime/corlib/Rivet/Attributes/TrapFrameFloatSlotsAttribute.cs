using System;

namespace Rivet
{
    /// <summary>
    /// 64-bit floating-point slots of a <see cref="TrapFrameAttribute"/> struct. They exist only on
    /// targets with the D extension (Rivet's rv64 target is rv64gc; rv32imac has no FPU).
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class TrapFrameFloatSlotsAttribute : Attribute
    {
        public TrapFrameFloatSlotsAttribute(params string[] names) { Names = names; }

        public string[] Names { get; }
    }
}
