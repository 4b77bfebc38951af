using Rivet.Generators.Common;

namespace Rivet.Generators.FixedLayout
{
    /// <summary>A struct declared with [FixedLayout]: its fields in order, with sizes already known.</summary>
    internal sealed record FixedLayoutDeclaration(
        string Namespace,
        string TypeName,
        string? Specification,
        EquatableArray<FixedLayoutField> Fields);

    /// <summary>
    /// One field. Size and Alignment are those of one element (0 when the type has no fixed layout);
    /// Count is the element count of a fixed array (1 for a scalar).
    /// </summary>
    internal sealed record FixedLayoutField(string Name, string Type, int Size, int Alignment, bool FlexibleArray, int Count);
}
