using Mono.Cecil;
using Mono.Cecil.Cil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Fields, statics, arrays, boxing, casts and tokens.</summary>
internal sealed partial class MethodCompiler
{
    private (FieldDefinition Def, TypeReference Owner, TypeReference Type) ResolveField(FieldReference fr)
    {
        var owner = Subst(fr.DeclaringType);
        var def = fr.Resolve() ?? throw CompileError.Unsupported(_def, $"unresolvable field {fr.FullName}");
        return (def, owner, Substitution.ForType(owner).Apply(def.FieldType));
    }

    private string FieldLValue(Entry obj, FieldDefinition def, TypeReference owner)
    {
        string member = ProgramCompiler.FieldName(def, owner);
        if (obj.Kind == StackKind.Struct) return $"{obj.Expr}.{member}";
        if (obj.Kind == StackKind.Object) NullCheck(obj);
        return $"(({_p.StructName(owner)}*)({obj.Expr}))->{member}";
    }

    private void LoadField(FieldReference fr)
    {
        var (def, owner, type) = ResolveField(fr);
        if (def.IsStatic) { Pop(); StaticFieldAccess(fr, Mono.Cecil.Cil.Code.Ldsfld); return; }
        var obj = Pop();
        PushTyped(FieldLValue(obj, def, owner), type);
    }

    private void LoadFieldAddress(FieldReference fr)
    {
        var (def, owner, type) = ResolveField(fr);
        var obj = Pop();
        Push($"(void*)&{FieldLValue(obj, def, owner)}", StackKind.Pointer, new ByReferenceType(type), true);
    }

    private void StoreField(FieldReference fr)
    {
        var (def, owner, type) = ResolveField(fr);
        var value = Pop();
        var obj = Pop();
        Emit($"{FieldLValue(obj, def, owner)} = {ConvertTo(value, type)};");
    }

    private void StaticFieldAccess(FieldReference fr, Mono.Cecil.Cil.Code op)
    {
        var (def, owner, type) = ResolveField(fr);
        if (def.HasConstant && op == Mono.Cecil.Cil.Code.Ldsfld)
            throw CompileError.Unsupported(_def, $"loading the literal field {fr.FullName}");
        if (def.Attributes.HasFlag(FieldAttributes.HasFieldRVA) && op != Mono.Cecil.Cil.Code.Stsfld)
        {
            // Data in the image (ECMA-335 II.16.3.2), e.g. every "…"u8 literal: read-only bytes, no cctor.
            string data = $"(void*){_p.RvaData(def)}";
            if (op == Mono.Cecil.Cil.Code.Ldsflda) Push(data, StackKind.Pointer, new ByReferenceType(type), true);
            else PushTyped($"(*({_p.CTypes.Of(type)}*){data})", type);
            return;
        }
        if (def.HasFieldRVA)
        {
            // Data Roslyn placed in the image (ECMA-335 II.16.3.2): read-only bytes in the C file.
            string data = $"(*({CT.Of(type)}*){_p.RvaData(def)})";
            if (op == Mono.Cecil.Cil.Code.Ldsfld) PushTyped(data, type);
            else if (op == Mono.Cecil.Cil.Code.Ldsflda) Push($"(void*)&{data}", StackKind.Pointer, new ByReferenceType(type), true);
            else throw CompileError.Unsupported(_def, $"storing into the RVA field {fr.FullName}");
            return;
        }
        string global = _p.StaticField(def, owner);
        EnsureCctor(owner, staticFieldAccess: true);
        switch (op)
        {
            case Mono.Cecil.Cil.Code.Ldsfld: PushTyped(global, type); break;
            case Mono.Cecil.Cil.Code.Ldsflda: Push($"(void*)&{global}", StackKind.Pointer, new ByReferenceType(type), true); break;
            default: Emit($"{global} = {ConvertTo(Pop(), type)};"); break;
        }
    }

    /// <summary>Runs a type's static constructor at the CLR trigger points (ECMA-335 II.10.5.3.1):
    /// beforefieldinit types on static field access only; others also on static method calls and
    /// instance creation, so code inside such a type itself needs no check.</summary>
    private void EnsureCctor(TypeReference type, bool staticFieldAccess)
    {
        if (type is ArrayType) return;
        var def = TypeHierarchy.Resolve(type);
        if (def.IsBeforeFieldInit && !staticFieldAccess) return;
        if (!def.IsBeforeFieldInit && type.FullName == _m.DeclaringType.FullName) return;
        string? check = _p.CctorCheck(type);
        if (check != null) Emit($"{check}();");
    }

    // ---- arrays ----

    private void NewArray(TypeReference elementType)
    {
        var n = Pop();
        var arrayType = new ArrayType(elementType);
        string d = _p.Constructed(arrayType);
        Push($"rivet_new_array({d}, (intptr_t)({n.Expr}))", StackKind.Object, arrayType, true);
    }

    private string ElementAddress(Entry array, Entry index, TypeReference elementType)
    {
        NullCheck(array);
        string i = Convert(index, StackKind.NativeInt, index.Type);
        Emit($"if (unlikely((uintptr_t)({i}) >= (uintptr_t)((RivetArray*){array.Expr})->length)) {_p.ThrowHelper("ThrowIndexOutOfRangeException")}();");
        return $"RIVET_ARRAY_DATA({array.Expr}, {CT.Of(elementType)})[{i}]";
    }

    private TypeReference ElementTypeOf(Entry array) =>
        array.Type is ArrayType at ? at.ElementType : Object;

    private void LoadElement(TypeReference? elementType)
    {
        var index = Pop();
        var array = Pop();
        elementType ??= ElementTypeOf(array);
        if (CTypes.KindOf(elementType) == StackKind.Object && CTypes.KindOf(ElementTypeOf(array)) == StackKind.Object)
            elementType = ElementTypeOf(array);
        PushTyped(ElementAddress(array, index, elementType), elementType);
    }

    private void StoreElement(TypeReference? elementType)
    {
        var value = Pop();
        var index = Pop();
        var array = Pop();
        elementType ??= Object;
        if (CTypes.KindOf(elementType) == StackKind.Object)
        {
            // Array covariance (ECMA-335 I.8.7.1): a store must match the array's actual element type,
            // which can only differ from the static one when that one is not sealed.
            var staticElement = ElementTypeOf(array);
            NullCheck(array);
            array = array with { NonNull = true };
            if (!value.IsNullLiteral && !(staticElement is not ArrayType && TypeHierarchy.Resolve(staticElement) is { IsSealed: true }))
                Emit($"rivet_check_array_store({array.Expr}, {value.Expr});");
        }
        string slot = ElementAddress(array, index, elementType);
        Emit($"{slot} = {ConvertTo(value, elementType)};");
    }

    private void LoadElementAddress(TypeReference elementType)
    {
        var index = Pop();
        var array = Pop();
        if (!_readonlyPrefix && CTypes.KindOf(elementType) == StackKind.Object
            && !(elementType is not ArrayType && TypeHierarchy.Resolve(elementType).IsSealed))
        {
            NullCheck(array);
            Emit($"if (unlikely(((RivetArray*){array.Expr})->type->element != {_p.Descriptor(elementType)})) rivet_glue_throw_array_type_mismatch();");
            array = array with { NonNull = true };
        }
        Push($"(void*)&{ElementAddress(array, index, elementType)}", StackKind.Pointer, new ByReferenceType(elementType), true);
    }

    // ---- boxing and casts ----

    private void Box(TypeReference type, Instruction? next)
    {
        var v = Pop();
        if (!CTypes.IsValueType(type)) { _stack.Add(v); return; }
        if (IsNullTest(next) && !ProgramCompiler.IsNullable(type))
        {
            // Boxing a non-nullable value type never gives null (ECMA-335 III.4.1), so a box that
            // only feeds brtrue/brfalse is a constant: Roslyn tests `default(T) == null` this way
            // before calling through an unconstrained T's field, and must not allocate there.
            _stack.Add(new Entry("((RivetObject*)(uintptr_t)1)", StackKind.Object, Object));
            return;
        }
        if (ProgramCompiler.IsNullable(type))
        {
            var inner = ((GenericInstanceType)type).GenericArguments[0];
            var nullableDef = TypeHierarchy.Resolve(type);
            string hasValue = ProgramCompiler.FieldName(nullableDef.Fields.First(f => f.Name == "hasValue"), type);
            string value = ProgramCompiler.FieldName(nullableDef.Fields.First(f => f.Name == "value"), type);
            var src = Push(v.Expr, StackKind.Struct, type);
            _stack.RemoveAt(_stack.Count - 1);
            string boxedInner = BoxExpression(inner, $"{src.Expr}.{value}");
            string r = NewTemp("RivetObject*");
            Emit($"if ({src.Expr}.{hasValue}) {{ {boxedInner.Replace("@", r)} }} else {r} = NULL;");
            _stack.Add(new Entry(r, StackKind.Object, Object));
            return;
        }
        string result = NewTemp("RivetObject*");
        Emit(BoxExpression(type, ConvertTo(v, type)).Replace("@", result));
        _stack.Add(new Entry(result, StackKind.Object, type, true));
    }

    private static bool IsNullTest(Instruction? next) =>
        next is not null && next.OpCode.Code is Code.Brtrue or Code.Brtrue_S or Code.Brfalse or Code.Brfalse_S;

    /// <summary>Statements that box <paramref name="value"/> into the variable written as '@'.</summary>
    private string BoxExpression(TypeReference type, string value)
    {
        string boxed = _p.BoxedStruct(type);
        string d = _p.Constructed(type);
        return $"@ = rivet_alloc({d}, sizeof({boxed})); (({boxed}*)@)->value = {value};";
    }

    private void Unbox(TypeReference type, bool address)
    {
        var obj = Pop();
        if (!CTypes.IsValueType(type))
        {
            _stack.Add(obj);
            CastClass(type, throwOnFailure: true);
            return;
        }
        if (ProgramCompiler.IsNullable(type))
        {
            var inner = ((GenericInstanceType)type).GenericArguments[0];
            var nullableDef = TypeHierarchy.Resolve(type);
            string hasValue = ProgramCompiler.FieldName(nullableDef.Fields.First(f => f.Name == "hasValue"), type);
            string value = ProgramCompiler.FieldName(nullableDef.Fields.First(f => f.Name == "value"), type);
            string r = NewTemp(CT.Of(type));
            Emit($"__builtin_memset(&{r}, 0, sizeof({r}));");
            Emit($"if ({obj.Expr} != NULL) {{ {UnboxCheck(obj.Expr, inner)} {r}.{hasValue} = 1; {r}.{value} = (({_p.BoxedStruct(inner)}*){obj.Expr})->value; }}");
            if (address)
            {
                Push($"(void*)&{r}", StackKind.Pointer, new ByReferenceType(type), true);
                return;
            }
            _stack.Add(new Entry(r, StackKind.Struct, type));
            return;
        }
        NullCheck(obj);
        Emit(UnboxCheck(obj.Expr, type));
        string addr = $"(void*)&(({_p.BoxedStruct(type)}*)({obj.Expr}))->value";
        if (address) Push(addr, StackKind.Pointer, new ByReferenceType(type), true);
        else PushTyped($"*({CT.Of(type)}*){addr}", type);
    }

    /// <summary>unbox requires the exact type, except that an enum and its underlying type are
    /// interchangeable (ECMA-335 III.4.32).</summary>
    private string UnboxCheck(string obj, TypeReference type)
    {
        var underlying = CTypes.Underlying(type);
        string d = _p.Descriptor(type);
        string cond = $"{obj}->type != {d}";
        if (underlying.FullName != type.FullName)
            cond += $" && {obj}->type != {_p.Descriptor(underlying)} && !(({obj}->type->flags & RIVET_TYPE_ENUM) && {obj}->type->element == {_p.Descriptor(underlying)})";
        else if (CTypes.Primitive(type) != null && type.FullName != "System.Boolean" && type.FullName != "System.Char")
            cond += $" && ({obj}->type->element != {d} || !({obj}->type->flags & RIVET_TYPE_ENUM))";
        return $"if (unlikely({cond})) rivet_glue_throw_invalid_cast();";
    }

    private void CastClass(TypeReference type, bool throwOnFailure)
    {
        var obj = Pop();
        if (CTypes.IsPointerLike(type))
        {
            // Pointers are not objects: the cast only retypes the value (unverifiable IL).
            Push(Convert(obj, StackKind.Pointer, type), StackKind.Pointer, type);
            return;
        }
        if (ProgramCompiler.IsNullable(type)) type = ((GenericInstanceType)type).GenericArguments[0];
        string d = _p.Descriptor(type);
        bool exact = type is not ArrayType && TypeHierarchy.Resolve(type) is { IsSealed: true, IsInterface: false } && !ProgramCompiler.IsNullable(type);
        string expr;
        if (exact)
        {
            string check = $"{obj.Expr} != NULL && {obj.Expr}->type != {d}";
            if (throwOnFailure)
            {
                Emit($"if (unlikely({check})) rivet_glue_throw_invalid_cast();");
                expr = obj.Expr;
            }
            else expr = $"({obj.Expr} != NULL && {obj.Expr}->type == {d}) ? {obj.Expr} : NULL";
        }
        else expr = throwOnFailure ? $"rivet_castclass({obj.Expr}, {d})" : $"rivet_isinst({obj.Expr}, {d})";
        Push(expr, StackKind.Object, CTypes.IsValueType(type) ? Object : type);
    }

    private void LoadToken(object operand)
    {
        switch (operand)
        {
            case TypeReference tr:
            {
                var t = Subst(tr);
                var handle = _p.WellKnown("System.RuntimeTypeHandle");
                string r = NewTemp(CT.Of(handle));
                Emit($"{r}._value = (intptr_t){_p.Descriptor(t)};");
                _stack.Add(new Entry(r, StackKind.Struct, handle));
                break;
            }
            case FieldReference fr:
            {
                var def = fr.Resolve();
                var handle = _p.WellKnown("System.RuntimeFieldHandle");
                string r = NewTemp(CT.Of(handle));
                Emit($"{r}._value = (intptr_t){_p.RvaData(def)};");
                _stack.Add(new Entry(r, StackKind.Struct, handle));
                break;
            }
            default: throw CompileError.Unsupported(_def, "ldtoken of a method");
        }
    }
}
