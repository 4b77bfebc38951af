using Mono.Cecil;

namespace Rivet.Compiler.TypeSystem;

/// <summary>Base types, interfaces and method signatures of concrete (fully substituted) types.</summary>
public static class TypeHierarchy
{
    public static TypeDefinition Resolve(TypeReference type) =>
        type.Resolve() ?? throw new CompileError($"Cannot resolve type {type.FullName}");

    public static TypeReference? BaseType(TypeReference type)
    {
        if (type is ArrayType) return null;
        var def = Resolve(type);
        return def.BaseType == null ? null : Substitution.ForType(type).Apply(def.BaseType);
    }

    /// <summary>Every interface the type implements, inherited and inherited-through-interface
    /// ones included, each once, in declaration order.</summary>
    public static List<TypeReference> Interfaces(TypeReference type)
    {
        var result = new List<TypeReference>();
        var seen = new HashSet<string>();
        void Add(TypeReference t)
        {
            var def = Resolve(t);
            var sub = Substitution.ForType(t);
            foreach (var impl in def.Interfaces)
            {
                var itf = sub.Apply(impl.InterfaceType);
                if (seen.Add(itf.FullName))
                {
                    result.Add(itf);
                    Add(itf);
                }
            }
        }
        for (var t = type; t != null; t = BaseType(t)) Add(t);
        return result;
    }

    public static bool IsSubclassOf(TypeReference type, TypeReference baseType)
    {
        for (var t = type; t != null; t = BaseType(t))
            if (t.FullName == baseType.FullName) return true;
        return false;
    }

    /// <summary>A signature string for override and interface matching: the name, the parameter and
    /// return types after the type substitution, with method generic parameters by position.</summary>
    public static string SignatureKey(MethodDefinition method, Substitution typeSubstitution)
    {
        var methodParams = method.GenericParameters.Select(gp => (TypeReference)new PositionalParameter(gp.Position)).ToList();
        var sub = new Substitution(typeSubstitution.TypeArguments, methodParams);
        string Render(TypeReference t) => sub.Apply(t).FullName;
        return $"{method.Name}`{method.GenericParameters.Count}({string.Join(",", method.Parameters.Select(p => Render(p.ParameterType)))}){Render(method.ReturnType)}";
    }

    /// <summary>Stands for a method's generic parameter in signature keys.</summary>
    private sealed class PositionalParameter : TypeReference
    {
        public PositionalParameter(int position) : base("", "!!" + position) { }
    }
}
