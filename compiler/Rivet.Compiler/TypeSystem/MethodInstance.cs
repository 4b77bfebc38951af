using Mono.Cecil;

namespace Rivet.Compiler.TypeSystem;

/// <summary>One method of one concrete instantiation: what monomorphization compiles to one C
/// function. Equality is by definition (module + token), declaring type and method arguments.</summary>
public sealed class MethodInstance : IEquatable<MethodInstance>
{
    public MethodDefinition Definition { get; }
    public TypeReference DeclaringType { get; }
    public IReadOnlyList<TypeReference> MethodArguments { get; }
    public Substitution Substitution { get; }
    public string Key { get; }

    public MethodInstance(MethodDefinition definition, TypeReference declaringType, IReadOnlyList<TypeReference> methodArguments)
    {
        Definition = definition;
        DeclaringType = declaringType;
        MethodArguments = methodArguments;
        Substitution = new Substitution(
            declaringType is GenericInstanceType git ? git.GenericArguments.ToList() : [], methodArguments);
        Key = $"{declaringType.FullName}::{definition.Module.Name}:{definition.MetadataToken.ToUInt32():X8}"
              + (methodArguments.Count > 0 ? "<" + string.Join(",", methodArguments.Select(a => a.FullName)) + ">" : "");
    }

    public TypeReference ReturnType => Substitution.Apply(Definition.ReturnType);
    public TypeReference ParameterType(int index) => Substitution.Apply(Definition.Parameters[index].ParameterType);
    public bool HasThis => Definition.HasThis;
    public string Name => Definition.Name;

    /// <summary>The C# name used in stack traces: <c>Ns.Type.Method(ArgType, …)</c>.</summary>
    public string DisplayName
    {
        get
        {
            string type = TypeNames.Display(DeclaringType);
            string generic = MethodArguments.Count > 0 ? "[" + string.Join(",", MethodArguments.Select(TypeNames.Display)) + "]" : "";
            string args = string.Join(", ", Definition.Parameters.Select(p => TypeNames.SimpleName(Substitution.Apply(p.ParameterType)) + " " + p.Name));
            return $"{type}.{Name}{generic}({args})";
        }
    }

    public bool Equals(MethodInstance? other) => other != null && other.Key == Key;
    public override bool Equals(object? obj) => Equals(obj as MethodInstance);
    public override int GetHashCode() => Key.GetHashCode();
    public override string ToString() => DisplayName;
}
