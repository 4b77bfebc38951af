using Rivet.Generators.Common;

namespace Rivet.Generators.TrapFrame
{
    /// <summary>A trap frame as declared: its slots in the order a trap saves them.</summary>
    internal sealed record TrapFrameDeclaration(
        string Namespace,
        string TypeName,
        string OffsetsClass,
        EquatableArray<TrapFrameSlot> Slots);

    /// <summary>One saved value: XLEN wide, or a 64-bit floating-point register.</summary>
    internal sealed record TrapFrameSlot(string Name, bool IsFloat);
}
