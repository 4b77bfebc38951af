using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>C prototypes of compiled methods: <c>this</c> first (an object pointer, or for value
/// types a pointer to the value), then the parameters; a C# signature comment above.</summary>
public static class MethodSignatures
{
    public static string ThisType(MethodInstance m) =>
        TypeHierarchy.Resolve(m.DeclaringType).IsValueType ? "void*" : "RivetObject*";

    public static IEnumerable<string> ParameterTypes(ProgramCompiler p, MethodInstance m)
    {
        if (m.HasThis) yield return ThisType(m);
        for (int i = 0; i < m.Definition.Parameters.Count; i++) yield return p.CTypes.Of(m.ParameterType(i));
    }

    public static string Prototype(ProgramCompiler p, MethodInstance m, IReadOnlyList<string>? names = null)
    {
        var types = ParameterTypes(p, m).ToList();
        var parts = types.Select((t, i) => names == null ? t : $"{t} {names[i]}").ToList();
        string attributes = m.Definition.IsStatic && m.Definition.IsConstructor ? "__attribute__((noinline)) " : "";
        return $"static {attributes}{p.CTypes.Of(m.ReturnType)} {p.Function(m)}({(parts.Count == 0 ? "void" : string.Join(", ", parts))})";
    }

    /// <summary>The C type of a pointer to a function with this method's calling convention.</summary>
    public static string FunctionPointerType(ProgramCompiler p, MethodInstance m, bool withTargetFirst)
    {
        var types = ParameterTypes(p, m).ToList();
        if (withTargetFirst && !m.HasThis) types.Insert(0, "RivetObject*");
        return $"{p.CTypes.Of(m.ReturnType)} (*)({(types.Count == 0 ? "void" : string.Join(", ", types))})";
    }
}
