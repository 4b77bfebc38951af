using Mono.Cecil;

namespace Rivet.Compiler.TypeSystem;

/// <summary>Replaces generic parameters by concrete type arguments (ECMA-335 II.9.4): the type's
/// arguments for <c>!n</c>, the method's for <c>!!n</c>. Custom modifiers are dropped, since they
/// do not change layout or semantics for code generation.</summary>
public sealed class Substitution
{
    public static readonly Substitution Empty = new([], []);

    public IReadOnlyList<TypeReference> TypeArguments { get; }
    public IReadOnlyList<TypeReference> MethodArguments { get; }

    public Substitution(IReadOnlyList<TypeReference> typeArguments, IReadOnlyList<TypeReference> methodArguments)
    {
        TypeArguments = typeArguments;
        MethodArguments = methodArguments;
    }

    public static Substitution ForType(TypeReference concreteType) =>
        concreteType is GenericInstanceType git ? new Substitution(git.GenericArguments.ToList(), []) : Empty;

    public TypeReference Apply(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter gp:
                var args = gp.Type == GenericParameterType.Type ? TypeArguments : MethodArguments;
                if (gp.Position >= args.Count)
                    throw new CompileError($"Generic parameter {gp.FullName} has no argument in this context");
                return args[gp.Position];
            case GenericInstanceType git:
            {
                var result = new GenericInstanceType(git.ElementType);
                foreach (var a in git.GenericArguments) result.GenericArguments.Add(Apply(a));
                return result;
            }
            case ArrayType at:
            {
                // Multi-dimension arrays are normalized to zero lower bounds and no sizes
                // (int[0...,0...] and int[,] are one type); rank-1 non-vector arrays stay [*].
                if (at.IsVector) return new ArrayType(Apply(at.ElementType));
                var result = new ArrayType(Apply(at.ElementType), at.Rank);
                if (at.Rank == 1)
                {
                    result.Dimensions.Clear();
                    result.Dimensions.Add(new ArrayDimension(0, null));
                }
                return result;
            }
            case ByReferenceType br: return new ByReferenceType(Apply(br.ElementType));
            case PointerType pt: return new PointerType(Apply(pt.ElementType));
            case PinnedType pin: return Apply(pin.ElementType);
            case RequiredModifierType rm: return Apply(rm.ElementType);
            case OptionalModifierType om: return Apply(om.ElementType);
            case SentinelType st: return Apply(st.ElementType);
            default: return type;
        }
    }
}
