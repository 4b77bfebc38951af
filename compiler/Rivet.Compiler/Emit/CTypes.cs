using Mono.Cecil;

namespace Rivet.Compiler.Emit;

/// <summary>How concrete .NET types appear in C: primitives as the fixed-width C types, enums as
/// their underlying type, object references as <c>RivetObject*</c>, managed and unmanaged
/// pointers as <c>void*</c>, other value types as their own struct.</summary>
public sealed class CTypes
{
    private readonly Func<TypeReference, string> _structName;

    public CTypes(Func<TypeReference, string> structName) { _structName = structName; }

    public static string? Primitive(TypeReference type) => type.FullName switch
    {
        "System.Void" => "void",
        "System.Boolean" => "uint8_t",
        "System.Char" => "uint16_t",
        "System.SByte" => "int8_t",
        "System.Byte" => "uint8_t",
        "System.Int16" => "int16_t",
        "System.UInt16" => "uint16_t",
        "System.Int32" => "int32_t",
        "System.UInt32" => "uint32_t",
        "System.Int64" => "int64_t",
        "System.UInt64" => "uint64_t",
        "System.IntPtr" => "intptr_t",
        "System.UIntPtr" => "uintptr_t",
        "System.Single" => "float",
        "System.Double" => "double",
        _ => null,
    };

    public static bool IsValueType(TypeReference type)
    {
        if (type is ByReferenceType || type is PointerType || type is ArrayType || type is FunctionPointerType) return false;
        if (type is GenericParameter) throw new CompileError($"Unsubstituted generic parameter {type.FullName}");
        if (Primitive(type) != null) return true;
        var def = type.Resolve() ?? throw new CompileError($"Cannot resolve type {type.FullName}");
        return def.IsValueType;
    }

    public static bool IsPointerLike(TypeReference type) =>
        type is ByReferenceType || type is PointerType || type is FunctionPointerType;

    /// <summary>The underlying integral type of an enum, else the type itself.</summary>
    public static TypeReference Underlying(TypeReference type)
    {
        if (type is ArrayType || IsPointerLike(type) || Primitive(type) != null) return type;
        var def = type.Resolve();
        if (def != null && def.IsEnum)
            return def.Fields.First(f => !f.IsStatic).FieldType;
        return type;
    }

    public string Of(TypeReference type)
    {
        if (IsPointerLike(type)) return "void*";
        if (type is ArrayType) return "RivetObject*";
        type = Underlying(type);
        var primitive = Primitive(type);
        if (primitive != null) return primitive;
        return IsValueType(type) ? _structName(type) : "RivetObject*";
    }

    public static StackKind KindOf(TypeReference type)
    {
        if (IsPointerLike(type)) return StackKind.Pointer;
        if (type is ArrayType) return StackKind.Object;
        type = Underlying(type);
        switch (type.FullName)
        {
            case "System.Boolean": case "System.Char": case "System.SByte": case "System.Byte":
            case "System.Int16": case "System.UInt16": case "System.Int32": case "System.UInt32":
                return StackKind.Int32;
            case "System.Int64": case "System.UInt64": return StackKind.Int64;
            case "System.IntPtr": case "System.UIntPtr": return StackKind.NativeInt;
            case "System.Single": return StackKind.Float32;
            case "System.Double": return StackKind.Float64;
        }
        return IsValueType(type) ? StackKind.Struct : StackKind.Object;
    }

    public static string KindCType(StackKind kind) => kind switch
    {
        StackKind.Int32 => "int32_t",
        StackKind.Int64 => "int64_t",
        StackKind.NativeInt => "intptr_t",
        StackKind.Float32 => "float",
        StackKind.Float64 => "double",
        StackKind.Object => "RivetObject*",
        StackKind.Pointer => "void*",
        _ => throw new ArgumentException("struct kinds carry their own C type"),
    };
}
