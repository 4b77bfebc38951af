using Mono.Cecil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>The types, statics and literals the compiled methods ask for.</summary>
public sealed partial class ProgramCompiler
{
    internal readonly Dictionary<string, TypeReference> StructTypes = new();
    internal readonly Dictionary<string, TypeReference> DescriptorTypes = new();
    internal readonly Dictionary<string, TypeReference> ConstructedTypes = new();
    private readonly HashSet<string> _filledTypes = new();
    internal readonly Dictionary<string, (FieldDefinition Field, TypeReference Owner)> StaticFields = new();
    internal readonly Dictionary<string, string> StringLiterals = new();
    internal readonly Dictionary<string, TypeReference> CctorTypes = new();
    internal readonly Dictionary<string, (string Name, byte[] Data)> RvaBlobs = new();
    internal readonly List<(string Prototype, string Body)> Thunks = new();
    private readonly Dictionary<string, string> _thunkNames = new();

    /// <summary>The C struct of a class (its instance layout, header included) or value type.</summary>
    public string StructName(TypeReference type)
    {
        string name = "struct " + Names.Get("s:" + type.FullName, TypeNames.CFragment(type));
        if (StructTypes.TryAdd(type.FullName, type))
        {
            foreach (var (field, owner) in InstanceFields(type))
            {
                var ft = Substitution.ForType(owner).Apply(field.FieldType);
                if (CTypes.KindOf(ft) == StackKind.Struct) StructName(ft);
            }
            if (!CTypes.IsValueType(type) && TypeHierarchy.BaseType(type) is { } b) StructName(b);
        }
        return name;
    }

    /// <summary>The instance fields of a type in layout order; for classes the base class fields first.</summary>
    public static List<(FieldDefinition Field, TypeReference Owner)> InstanceFields(TypeReference type)
    {
        var result = new List<(FieldDefinition, TypeReference)>();
        var def = TypeHierarchy.Resolve(type);
        if (!def.IsValueType && TypeHierarchy.BaseType(type) is { } baseType)
            result.AddRange(InstanceFields(baseType));
        foreach (var f in def.Fields)
            if (!f.IsStatic) result.Add((f, type));
        return result;
    }

    /// <summary>The C member name of an instance field. A field that repeats the name of a base
    /// class field gets the depth of its declaring class as a suffix, so flattened structs stay valid.</summary>
    public static string FieldName(FieldDefinition field, TypeReference owner)
    {
        string name = TypeNames.Sanitize(field.Name);
        if (field.DeclaringType.IsValueType) return name;
        int depth = 0;
        bool repeated = false;
        for (var t = TypeHierarchy.BaseType(owner); t != null; t = TypeHierarchy.BaseType(t))
        {
            depth++;
            repeated |= TypeHierarchy.Resolve(t).Fields.Any(g => !g.IsStatic && TypeNames.Sanitize(g.Name) == name);
        }
        return repeated ? $"{name}_{depth}" : name;
    }

    /// <summary>An expression for the address of a type's descriptor; queues the descriptor.</summary>
    public string Descriptor(TypeReference type)
    {
        type = Normalize(type);
        string name = Names.Get("t:" + type.FullName, TypeNames.CFragment(type) + "__type");
        if (DescriptorTypes.TryAdd(type.FullName, type))
        {
            if (type is ArrayType at)
            {
                Descriptor(at.ElementType);
                foreach (var (itf, _) in ArrayInterfaces(at)) Descriptor(itf);
            }
            else if (type is PointerType or ByReferenceType or FunctionPointerType) { }
            else
            {
                if (TypeHierarchy.BaseType(type) is { } b) Descriptor(b);
                foreach (var itf in TypeHierarchy.Interfaces(type)) Descriptor(itf);
                var def = TypeHierarchy.Resolve(type);
                if (def.IsEnum) Descriptor(CTypes.Underlying(type));
                if (IsNullable(type)) Descriptor(((GenericInstanceType)type).GenericArguments[0]);
                if (!def.IsInterface && CTypes.KindOf(type) == StackKind.Struct) StructName(type);
                if (!def.IsInterface && !CTypes.IsValueType(type)) StructName(type);
            }
        }
        return "&" + name;
    }

    public string DescriptorSymbol(TypeReference type) => Descriptor(type)[1..];

    /// <summary>A type whose instances exist at run time: it gets a filled vtable and interface map.</summary>
    public string Constructed(TypeReference type)
    {
        type = Normalize(type);
        string d = Descriptor(type);
        ConstructedTypes.TryAdd(type.FullName, type);
        return d;
    }

    private static TypeReference Normalize(TypeReference type) => type switch
    {
        RequiredModifierType rm => Normalize(rm.ElementType),
        OptionalModifierType om => Normalize(om.ElementType),
        _ => type,
    };

    public static bool IsNullable(TypeReference type) =>
        type is GenericInstanceType git && git.ElementType.FullName == "System.Nullable`1";

    /// <summary>Queues the vtable and interface implementations of newly constructed types.
    /// Returns whether anything new was queued.</summary>
    private bool FillConstructedTypes()
    {
        bool any = false;
        foreach (var type in ConstructedTypes.Values.ToList())
        {
            if (!_filledTypes.Add(type.FullName)) continue;
            any = true;
            if (type is ArrayType at)
            {
                foreach (var slot in Virtuals.VTable(WellKnown("System.Array")))
                    if (slot.Implementation != null) VirtualTarget(slot.Implementation, type);
                foreach (var (itf, implementer) in ArrayInterfaces(at))
                    foreach (var m in VirtualMethods.InterfaceSlots(itf))
                        if (Virtuals.FindImplementation(implementer, itf, m) is { } impl) VirtualTarget(impl, implementer);
                continue;
            }
            foreach (var slot in Virtuals.VTable(type))
                if (slot.Implementation != null) VirtualTarget(slot.Implementation, type);
            if (TypeHierarchy.Resolve(type).IsInterface) continue;
            foreach (var itf in TypeHierarchy.Interfaces(type))
                foreach (var m in VirtualMethods.InterfaceSlots(itf))
                    if (m.HasGenericParameters) continue;
                    else if (Virtuals.FindImplementation(type, itf, m) is { } impl) VirtualTarget(impl, type);
        }
        return any || _pending.Count > 0;
    }

    /// <summary>The interfaces of an array type and the type whose methods implement each: those of
    /// System.Array, and for T[] the generic collection interfaces through SZArrayHelper&lt;T&gt;.</summary>
    public List<(TypeReference Interface, TypeReference Implementer)> ArrayInterfaces(ArrayType arrayType)
    {
        var array = WellKnown("System.Array");
        var result = TypeHierarchy.Interfaces(array).Select(i => (i, array)).ToList();
        if (arrayType.IsVector)
        {
            var helper = new GenericInstanceType(WellKnown("System.SZArrayHelper`1"));
            helper.GenericArguments.Add(arrayType.ElementType);
            foreach (var itf in TypeHierarchy.Interfaces(helper))
                if (!result.Any(r => r.Item1.FullName == itf.FullName)) result.Add((itf, helper));
        }
        return result;
    }

    /// <summary>The function to put in a vtable or interface map of <paramref name="type"/>: the
    /// method itself, or for a value type's method an unboxing thunk taking the boxed object.</summary>
    public string VirtualTarget(MethodInstance method, TypeReference type)
    {
        if (method.Definition.HasGenericParameters) return "NULL";
        string fn = Function(method);
        if (!method.DeclaringType.Resolve().IsValueType || method.Definition.IsStatic) return fn;
        if (_thunkNames.TryGetValue(method.Key, out var thunk)) return thunk;
        thunk = Names.Get("unbox:" + method.Key, fn + "__unboxed");
        _thunkNames[method.Key] = thunk;
        var parameters = new List<string> { "RivetObject* self" };
        var args = new List<string> { $"(void*)((uint8_t*)self + offsetof({BoxedStruct(method.DeclaringType)}, value))" };
        for (int i = 0; i < method.Definition.Parameters.Count; i++)
        {
            parameters.Add($"{CTypes.Of(method.ParameterType(i))} a{i}");
            args.Add($"a{i}");
        }
        string ret = CTypes.Of(method.ReturnType);
        string prototype = $"static {ret} {thunk}({string.Join(", ", parameters)})";
        Thunks.Add((prototype, $"{prototype} {{ {(ret == "void" ? "" : "return ")}{fn}({string.Join(", ", args)}); }}"));
        return thunk;
    }

    /// <summary>A vtable or interface map entry: the target's address, or NULL for a generic
    /// virtual method (those dispatch through <see cref="GenericVirtualDispatcher"/>).</summary>
    public string SlotEntry(MethodInstance method, TypeReference type)
    {
        string target = VirtualTarget(method, type);
        return target == "NULL" ? target : "(void*)&" + target;
    }

    /// <summary>The boxed form of a value type: <c>{ type; value }</c>.</summary>
    public string BoxedStruct(TypeReference valueType)
    {
        Descriptor(valueType);
        return "struct " + Names.Get("b:" + valueType.FullName, TypeNames.CFragment(valueType) + "__boxed");
    }

    /// <summary>The global holding a static field of a concrete owner type.</summary>
    public string StaticField(FieldDefinition field, TypeReference owner)
    {
        string key = owner.FullName + "::" + field.Name;
        StaticFields.TryAdd(key, (field, owner));
        var ft = Substitution.ForType(owner).Apply(field.FieldType);
        if (CTypes.KindOf(ft) == StackKind.Struct) StructName(ft);
        return Names.Get("sf:" + key, TypeNames.CFragment(owner) + "__" + TypeNames.Sanitize(field.Name));
    }

    public string StringLiteral(string value)
    {
        if (!StringLiterals.TryGetValue(value, out var name))
        {
            name = Names.Get("str:" + value, "str_" + StringLiterals.Count);
            StringLiterals[value] = name;
            Constructed(WellKnown("System.String"));
        }
        return $"((RivetObject*)&{name})";
    }

    /// <summary>The static constructor check for a type, or null when it has none.</summary>
    public string? CctorCheck(TypeReference type)
    {
        if (type is ArrayType) return null;
        var def = TypeHierarchy.Resolve(type);
        var cctor = def.Methods.FirstOrDefault(m => m.IsConstructor && m.IsStatic);
        if (cctor == null) return null;
        CctorTypes.TryAdd(type.FullName, type);
        Function(new MethodInstance(cctor, type, []));
        return Names.Get("cc:" + type.FullName, TypeNames.CFragment(type) + "__cctor_check");
    }

    public string RvaData(FieldDefinition field)
    {
        string key = field.DeclaringType.FullName + "::" + field.Name;
        if (!RvaBlobs.TryGetValue(key, out var blob))
        {
            blob = (Names.Get("rva:" + key, "rva_" + RvaBlobs.Count), field.InitialValue);
            RvaBlobs[key] = blob;
        }
        return blob.Name;
    }

    /// <summary>A thunk <c>R thunk(RivetObject* ignored, args)</c> around a static method, so
    /// delegates always call their method pointer with the target first (docs/runtime-abi.md).</summary>
    public string StaticDelegateThunk(MethodInstance method)
    {
        string fn = Function(method);
        if (_thunkNames.TryGetValue("static:" + method.Key, out var thunk)) return thunk;
        thunk = Names.Get("sthunk:" + method.Key, fn + "__static_thunk");
        _thunkNames["static:" + method.Key] = thunk;
        var parameters = new List<string> { "RivetObject* ignored" };
        var args = new List<string>();
        for (int i = 0; i < method.Definition.Parameters.Count; i++)
        {
            parameters.Add($"{CTypes.Of(method.ParameterType(i))} a{i}");
            args.Add($"a{i}");
        }
        string ret = CTypes.Of(method.ReturnType);
        string prototype = $"static {ret} {thunk}({string.Join(", ", parameters)})";
        Thunks.Add((prototype, $"{prototype} {{ {(ret == "void" ? "" : "return ")}{fn}({string.Join(", ", args)}); }}"));
        return thunk;
    }

    private void AddRuntimeRoots()
    {
        Constructed(WellKnown("System.RuntimeType"));
        Constructed(WellKnown("System.String"));
        Constructed(new ArrayType(WellKnown("System.IntPtr")));
        Function(WellKnownMethod("Internal.Runtime.ExceptionHandling", "OnUnhandledException"));
        Function(WellKnownMethod("Internal.Runtime.ExceptionHandling", "StringFromUtf8"));
        Function(WellKnownMethod("Internal.Runtime.ExceptionHandling", "NewTypeInitializationException"));
        Function(WellKnownMethod("Internal.Runtime.ExceptionHandling", "NewOutOfMemoryException"));
        foreach (var helper in ThrowHelperNames) Function(WellKnownMethod("Internal.Runtime.CompilerHelpers.ThrowHelpers", helper));
    }

    public static readonly string[] ThrowHelperNames =
    [
        "ThrowNullReferenceException", "ThrowIndexOutOfRangeException", "ThrowDivideByZeroException",
        "ThrowOverflowException", "ThrowInvalidCastException", "ThrowArrayTypeMismatchException",
        "ThrowOutOfMemoryException",
    ];

    public string ThrowHelper(string name) => Function(WellKnownMethod("Internal.Runtime.CompilerHelpers.ThrowHelpers", name));
}
