using Rivet.Generators.Common;

namespace Rivet.Generators.RegisterMap
{
    /// <summary>A register map as declared with [RegisterMap]/[Register].</summary>
    internal sealed record RegisterMapDeclaration(
        string Namespace,
        string TypeName,
        string? Specification,
        EquatableArray<Register> Registers);

    /// <summary>One register: byte offset, width in bytes, and Rivet.RegisterAccess as its name.</summary>
    internal sealed record Register(string Name, int Offset, int Width, string Access);
}
