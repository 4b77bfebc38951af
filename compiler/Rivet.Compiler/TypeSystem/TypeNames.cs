using System.Text;
using Mono.Cecil;

namespace Rivet.Compiler.TypeSystem;

/// <summary>Names of types as .NET prints them (Type.FullName, stack traces) and keys that
/// identify a concrete type.</summary>
public static class TypeNames
{
    /// <summary>The identity of a concrete type: custom modifiers do not matter.</summary>
    public static string Key(TypeReference type) => type.FullName;

    /// <summary>Type.FullName in .NET's reflection syntax: <c>Ns.Outer+Inner</c>,
    /// <c>System.Collections.Generic.List`1[[System.Int32, …]]</c> shortened to <c>List`1[System.Int32]</c>.</summary>
    public static string FullName(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType git:
                return FullName(git.ElementType) + "[" + string.Join(",", git.GenericArguments.Select(FullName)) + "]";
            case ArrayType at:
                return FullName(at.ElementType) + (at.IsVector ? "[]" : at.Rank == 1 ? "[*]" : "[" + new string(',', at.Rank - 1) + "]");
            case ByReferenceType br: return FullName(br.ElementType) + "&";
            case PointerType pt: return FullName(pt.ElementType) + "*";
            default:
                if (type.DeclaringType != null)
                    return FullName(type.DeclaringType) + "+" + type.Name;
                return string.IsNullOrEmpty(type.Namespace) ? type.Name : type.Namespace + "." + type.Name;
        }
    }

    /// <summary>Type.Name: the simple name without namespace or enclosing type.</summary>
    public static string SimpleName(TypeReference type) => type switch
    {
        GenericInstanceType git => git.ElementType.Name,
        ArrayType at => SimpleName(at.ElementType) + (at.IsVector ? "[]" : "[" + new string(',', at.Rank - 1) + "]"),
        ByReferenceType br => SimpleName(br.ElementType) + "&",
        PointerType pt => SimpleName(pt.ElementType) + "*",
        _ => type.Name,
    };

    /// <summary>The name in stack traces: <c>Ns.Outer+Inner`1[T]</c> as CoreCLR prints it
    /// (generic type arguments by name).</summary>
    public static string Display(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType git:
                return FullName(git.ElementType) + "[" + string.Join(",", git.GenericArguments.Select(Display)) + "]";
            case ArrayType at: return Display(at.ElementType) + (at.IsVector ? "[]" : "[" + new string(',', at.Rank - 1) + "]");
            case ByReferenceType br: return Display(br.ElementType) + "&";
            case PointerType pt: return Display(pt.ElementType) + "*";
            default: return FullName(type);
        }
    }

    /// <summary>A C identifier fragment for a type: short, readable, not necessarily unique
    /// (the <see cref="Emit.NameTable"/> makes it unique).</summary>
    public static string CFragment(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType git:
                return Sanitize(git.ElementType.Name) + "_" + string.Join("_", git.GenericArguments.Select(CFragment)) + "_";
            case ArrayType at: return CFragment(at.ElementType) + (at.IsVector ? "_Array" : $"_Array{at.Rank}");
            case ByReferenceType br: return CFragment(br.ElementType) + "_Ref";
            case PointerType pt: return CFragment(pt.ElementType) + "_Ptr";
            default:
                return type.DeclaringType != null ? CFragment(type.DeclaringType) + "_" + Sanitize(type.Name) : Sanitize(type.Name);
        }
    }

    public static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        if (sb.Length == 0 || char.IsAsciiDigit(sb[0])) sb.Insert(0, '_');
        return sb.ToString();
    }
}
