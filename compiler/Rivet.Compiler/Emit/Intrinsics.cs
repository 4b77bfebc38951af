using Mono.Cecil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Calls the compiler expands itself (docs/runtime-abi.md, "Intrinsics the compiler
/// expands"). A method marked [Intrinsic] that has neither an expansion here nor an IL body is a
/// compile-time error naming it.</summary>
internal static class Intrinsics
{
    private static bool IsIntrinsic(MethodDefinition m) =>
        m.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute")
        || m.DeclaringType.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute");

    public static bool TryExpand(MethodCompiler mc, MethodInstance target)
    {
        var def = target.Definition;
        if (!IsIntrinsic(def)) return false;
        var p = mc.Program;
        string type = def.DeclaringType.FullName;
        string key = type + "::" + def.Name;
        TypeReference T(int i) => target.MethodArguments[i];
        string CT(TypeReference t) => p.CTypes.Of(t);
        var intPtr = p.WellKnown("System.IntPtr");
        var int32 = p.WellKnown("System.Int32");
        var boolean = p.WellKnown("System.Boolean");
        var voidPtr = new PointerType(p.WellKnown("System.Void"));

        switch (key)
        {
            case "System.String::get_Chars":
            {
                var i = mc.PopValue();
                var s = mc.PopValue();
                mc.NullCheckValue(s.Expr);
                mc.EmitLine($"if (unlikely((uint32_t)({i.Expr}) >= (uint32_t)((RivetString*){s.Expr})->length)) {p.ThrowHelper("ThrowIndexOutOfRangeException")}();");
                mc.PushValue($"((RivetString*){s.Expr})->chars[{i.Expr}]", p.WellKnown("System.Char"));
                return true;
            }
            case "System.String::get_Length":
            {
                var s = mc.PopValue();
                mc.NullCheckValue(s.Expr);
                mc.PushValue($"((RivetString*){s.Expr})->length", int32);
                return true;
            }
            case "System.String::FastAllocateString":
            {
                var n = mc.PopValue();
                mc.PushValue($"rivet_new_string({p.Constructed(p.WellKnown("System.String"))}, {n.Expr})", p.WellKnown("System.String"));
                return true;
            }
            case "System.Object::GetType":
            {
                var o = mc.PopValue();
                mc.NullCheckValue(o.Expr);
                mc.PushValue($"{o.Expr}->type->type_object", p.WellKnown("System.Type"));
                return true;
            }
            case "System.Object::MemberwiseClone":
            {
                var o = mc.PopValue();
                mc.PushValue($"rivet_clone({o.Expr})", p.WellKnown("System.Object"));
                return true;
            }
            case "System.Type::GetTypeFromHandle":
            {
                var h = mc.PopValue();
                mc.PushValue($"({h.Expr}._value ? ((const RivetType*){h.Expr}._value)->type_object : NULL)", p.WellKnown("System.Type"));
                return true;
            }
            case "System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode":
            {
                var o = mc.PopValue();
                mc.PushValue($"(int32_t)(((uintptr_t)({o.Expr}) >> 4) * 2654435761u)", int32);
                return true;
            }
            case "System.Runtime.CompilerServices.RuntimeHelpers::GetMethodTable":
            {
                var o = mc.PopValue();
                mc.PushValue($"(intptr_t)({o.Expr})->type", intPtr);
                return true;
            }
            case "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray":
            {
                var field = mc.PopValue();
                var array = mc.PopValue();
                mc.EmitLine($"__builtin_memcpy(rivet_array_data({array.Expr}), (const void*){field.Expr}._value, (size_t)((RivetArray*){array.Expr})->length * {array.Expr}->type->size);");
                return true;
            }
            case "System.Runtime.CompilerServices.RuntimeHelpers::IsReferenceOrContainsReferences":
                mc.PushValue(ContainsReferences(T(0)) ? "1" : "0", boolean);
                return true;
            case "System.Runtime.CompilerServices.RuntimeHelpers::GetRawArrayData":
            {
                var a = mc.PopValue();
                mc.PushValue($"rivet_array_data({a.Expr})", StackKind.Pointer, new ByReferenceType(p.WellKnown("System.Byte")));
                return true;
            }
            case "System.Array::get_Length":
            {
                var a = mc.PopValue();
                mc.NullCheckValue(a.Expr);
                mc.PushValue($"(int32_t)((RivetArray*){a.Expr})->length", int32);
                return true;
            }
            case "System.Array::get_Rank":
            {
                var a = mc.PopValue();
                mc.NullCheckValue(a.Expr);
                mc.PushValue($"(int32_t){a.Expr}->type->rank", int32);
                return true;
            }
            case "System.Array::GetLength": case "System.Array::GetLowerBound":
            {
                var d = mc.PopValue();
                var a = mc.PopValue();
                mc.NullCheckValue(a.Expr);
                mc.EmitLine($"if (unlikely((uint32_t)({d.Expr}) >= {a.Expr}->type->rank)) {p.ThrowHelper("ThrowIndexOutOfRangeException")}();");
                bool lower = def.Name == "GetLowerBound";
                mc.PushValue(lower
                    ? $"(({a.Expr}->type->flags & RIVET_TYPE_ARRAY) ? 0 : ((RivetMdArray*){a.Expr})->bounds[{a.Expr}->type->rank + {d.Expr}])"
                    : $"(({a.Expr}->type->flags & RIVET_TYPE_ARRAY) ? (int32_t)((RivetArray*){a.Expr})->length : ((RivetMdArray*){a.Expr})->bounds[{d.Expr}])", int32);
                return true;
            }
            case "System.Activator::CreateInstance" when target.MethodArguments.Count == 1:
            {
                // new T(): a zeroed value type, or an instance made by the public parameterless constructor.
                var t = T(0);
                if (CTypes.IsValueType(t))
                {
                    string v = mc.Temp(CT(t));
                    mc.EmitLine($"__builtin_memset(&{v}, 0, sizeof({v}));");
                    var valueCtor = TypeHierarchy.Resolve(t).Methods.FirstOrDefault(m => m.IsConstructor && !m.IsStatic && m.Parameters.Count == 0);
                    if (valueCtor != null) mc.EmitLine($"{p.Function(new MethodInstance(valueCtor, t, []))}((void*)&{v});");
                    mc.PushValue(v, t);
                    return true;
                }
                var ctor = TypeHierarchy.Resolve(t).Methods.FirstOrDefault(m => m.IsConstructor && !m.IsStatic && m.Parameters.Count == 0)
                    ?? throw CompileError.Unsupported(mc.CurrentDefinition, $"new T() for {t.FullName}, which has no parameterless constructor");
                string o = mc.Temp("RivetObject*");
                if (p.CctorCheck(t) is { } check && !TypeHierarchy.Resolve(t).IsBeforeFieldInit) mc.EmitLine($"{check}();");
                mc.EmitLine($"{o} = rivet_alloc({p.Constructed(t)}, sizeof({p.StructName(t)}));");
                mc.EmitLine($"{p.Function(new MethodInstance(ctor, t, []))}({o});");
                mc.PushValue(o, t);
                return true;
            }
            case "System.Runtime.InteropServices.MemoryMarshal::GetArrayDataReference":
            {
                var a = mc.PopValue();
                mc.NullCheckValue(a.Expr);
                mc.PushValue($"(void*)RIVET_ARRAY_DATA({a.Expr}, {CT(T(0))})", StackKind.Pointer, new ByReferenceType(T(0)));
                return true;
            }
        }
        if (type == "System.Runtime.CompilerServices.Unsafe") return ExpandUnsafe(mc, target);
        if (type == "System.Threading.Interlocked" || type == "System.Threading.Volatile") return ExpandAtomic(mc, target);
        if (type == "System.Numerics.BitOperations") return ExpandBits(mc, target);
        if (type.StartsWith("Rivet.Hardware.")) return ExpandHardware(mc, target);
        if (def.HasBody) return false;
        throw CompileError.Unsupported(mc.CurrentDefinition, $"call to the unknown intrinsic {key}");
    }

    private static bool ContainsReferences(TypeReference t)
    {
        if (!CTypes.IsValueType(t)) return !CTypes.IsPointerLike(t);
        if (CTypes.Primitive(CTypes.Underlying(t)) != null) return false;
        return ProgramCompiler.InstanceFields(t).Any(f => ContainsReferences(Substitution.ForType(f.Owner).Apply(f.Field.FieldType)));
    }

    private static bool ExpandUnsafe(MethodCompiler mc, MethodInstance target)
    {
        var p = mc.Program;
        var def = target.Definition;
        TypeReference T(int i) => target.MethodArguments[i];
        string CT(TypeReference t) => p.CTypes.Of(t);
        var byteRef = new ByReferenceType(p.WellKnown("System.Byte"));
        var boolean = p.WellKnown("System.Boolean");
        var first = def.Parameters.Count > 0 ? def.Parameters[0].ParameterType : null;
        switch (def.Name)
        {
            case "As" when def.Parameters.Count == 1 && target.MethodArguments.Count == 1:
                return true;   // object → T: a reference reinterpretation, no code
            case "As":
            {
                var v = mc.PopValue();
                mc.PushValue(v.Expr, StackKind.Pointer, new ByReferenceType(T(1)));
                return true;
            }
            case "AsRef":
            {
                var v = mc.PopValue();
                mc.PushValue($"(void*)({v.Expr})", StackKind.Pointer, new ByReferenceType(T(0)));
                return true;
            }
            case "AsPointer":
            {
                var v = mc.PopValue();
                mc.PushValue($"(void*)({v.Expr})", StackKind.Pointer, new PointerType(p.WellKnown("System.Void")));
                return true;
            }
            case "Add": case "Subtract":
            {
                var offset = mc.PopValue();
                var v = mc.PopValue();
                string op = def.Name == "Add" ? "+" : "-";
                mc.PushValue($"(void*)(({CT(T(0))}*)({v.Expr}) {op} (intptr_t)({offset.Expr}))", v.Kind, v.Type);
                return true;
            }
            case "AddByteOffset": case "SubtractByteOffset":
            {
                var offset = mc.PopValue();
                var v = mc.PopValue();
                string op = def.Name == "AddByteOffset" ? "+" : "-";
                mc.PushValue($"(void*)((uint8_t*)({v.Expr}) {op} (intptr_t)({offset.Expr}))", v.Kind, v.Type);
                return true;
            }
            case "ByteOffset":
            {
                var b = mc.PopValue();
                var a = mc.PopValue();
                mc.PushValue($"(intptr_t)((uint8_t*)({b.Expr}) - (uint8_t*)({a.Expr}))", p.WellKnown("System.IntPtr"));
                return true;
            }
            case "SizeOf":
                mc.PushValue($"(int32_t)sizeof({CT(T(0))})", p.WellKnown("System.Int32"));
                return true;
            case "AreSame": case "IsAddressLessThan": case "IsAddressGreaterThan":
            {
                var b = mc.PopValue();
                var a = mc.PopValue();
                string op = def.Name == "AreSame" ? "==" : def.Name == "IsAddressLessThan" ? "<" : ">";
                mc.PushValue($"(uintptr_t)({a.Expr}) {op} (uintptr_t)({b.Expr})", boolean);
                return true;
            }
            case "IsNullRef":
            {
                var a = mc.PopValue();
                mc.PushValue($"({a.Expr}) == NULL", boolean);
                return true;
            }
            case "NullRef":
                mc.PushValue("NULL", StackKind.Pointer, new ByReferenceType(T(0)));
                return true;
            case "Read": case "ReadUnaligned":
            {
                var a = mc.PopValue();
                string r = mc.Temp(CT(T(0)));
                mc.EmitLine($"__builtin_memcpy(&{r}, (const void*)({a.Expr}), sizeof({r}));");
                mc.PushValue(r, T(0));
                return true;
            }
            case "Write": case "WriteUnaligned":
            {
                var v = mc.PopValue();
                var a = mc.PopValue();
                string r = mc.Temp(CT(T(0)));
                mc.EmitLine($"{r} = {(CTypes.KindOf(T(0)) == StackKind.Struct ? v.Expr : $"({CT(T(0))})({v.Expr})")};");
                mc.EmitLine($"__builtin_memcpy((void*)({a.Expr}), &{r}, sizeof({r}));");
                return true;
            }
            case "Copy":
            {
                var src = mc.PopValue();
                var dst = mc.PopValue();
                mc.EmitLine($"__builtin_memcpy((void*)({dst.Expr}), (const void*)({src.Expr}), sizeof({CT(T(0))}));");
                return true;
            }
            case "SkipInit":
                mc.PopValue();
                return true;
            case "Unbox":
            {
                var o = mc.PopValue();
                mc.PushValue($"(void*)&(({p.BoxedStruct(T(0))}*)({o.Expr}))->value", StackKind.Pointer, new ByReferenceType(T(0)));
                return true;
            }
        }
        if (def.HasBody) return false;
        throw CompileError.Unsupported(mc.CurrentDefinition, $"call to the unknown intrinsic Unsafe.{def.Name}");
    }

    private static bool ExpandAtomic(MethodCompiler mc, MethodInstance target)
    {
        var p = mc.Program;
        var def = target.Definition;
        var valueType = def.Parameters[0].ParameterType is ByReferenceType br
            ? target.Substitution.Apply(br.ElementType) : target.ReturnType;
        string ct = p.CTypes.Of(valueType);
        bool integral = CTypes.KindOf(valueType) is not (StackKind.Float32 or StackKind.Float64 or StackKind.Struct);
        switch (def.Name)
        {
            case "CompareExchange" when !integral:
            {
                var comparand = mc.PopValue();
                var value = mc.PopValue();
                var location = mc.PopValue();
                string expected = mc.Temp(ct), desired = mc.Temp(ct);
                mc.EmitLine($"{expected} = {comparand.Expr}; {desired} = {value.Expr};");
                mc.EmitLine($"__atomic_compare_exchange(({ct}*)({location.Expr}), &{expected}, &{desired}, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);");
                mc.PushValue(expected, valueType);
                return true;
            }
            case "Exchange" when !integral:
            {
                var value = mc.PopValue();
                var location = mc.PopValue();
                string desired = mc.Temp(ct), old = mc.Temp(ct);
                mc.EmitLine($"{desired} = {value.Expr};");
                mc.EmitLine($"__atomic_exchange(({ct}*)({location.Expr}), &{desired}, &{old}, __ATOMIC_SEQ_CST);");
                mc.PushValue(old, valueType);
                return true;
            }
            case "CompareExchange":
            {
                var comparand = mc.PopValue();
                var value = mc.PopValue();
                var location = mc.PopValue();
                string expected = mc.Temp(ct);
                mc.EmitLine($"{expected} = ({ct})({comparand.Expr});");
                mc.EmitLine($"__atomic_compare_exchange_n(({ct}*)({location.Expr}), &{expected}, ({ct})({value.Expr}), 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);");
                mc.PushValue(expected, valueType);
                return true;
            }
            case "Exchange":
            {
                var value = mc.PopValue();
                var location = mc.PopValue();
                mc.PushValue($"__atomic_exchange_n(({ct}*)({location.Expr}), ({ct})({value.Expr}), __ATOMIC_SEQ_CST)", valueType);
                return true;
            }
            case "And": case "Or":
            {
                var value = mc.PopValue();
                var location = mc.PopValue();
                string fn = def.Name == "And" ? "__atomic_fetch_and" : "__atomic_fetch_or";
                mc.PushValue($"{fn}(({ct}*)({location.Expr}), ({ct})({value.Expr}), __ATOMIC_SEQ_CST)", valueType);
                return true;
            }
            case "Add": case "Increment": case "Decrement":
            {
                string delta = def.Name == "Increment" ? "1" : def.Name == "Decrement" ? "-1" : mc.PopValue().Expr;
                var location = mc.PopValue();
                mc.PushValue($"__atomic_add_fetch(({ct}*)({location.Expr}), ({ct})({delta}), __ATOMIC_SEQ_CST)", valueType);
                return true;
            }
            case "Read" when def.DeclaringType.Name == "Volatile" || def.DeclaringType.Name == "Interlocked":
            {
                var location = mc.PopValue();
                mc.PushValue($"__atomic_load_n(({ct}*)({location.Expr}), __ATOMIC_SEQ_CST)", valueType);
                return true;
            }
            case "Write":
            {
                var value = mc.PopValue();
                var location = mc.PopValue();
                mc.EmitLine($"__atomic_store_n(({ct}*)({location.Expr}), ({ct})({value.Expr}), __ATOMIC_SEQ_CST);");
                return true;
            }
            case "MemoryBarrier":
                mc.EmitLine("__atomic_thread_fence(__ATOMIC_SEQ_CST);");
                return true;
        }
        if (def.HasBody) return false;
        throw CompileError.Unsupported(mc.CurrentDefinition, $"call to the unknown intrinsic {def.DeclaringType.Name}.{def.Name}");
    }

    private static bool ExpandBits(MethodCompiler mc, MethodInstance target)
    {
        var p = mc.Program;
        var def = target.Definition;
        var argType = def.Parameters[0].ParameterType.FullName;
        bool wide = argType is "System.UInt64" or "System.Int64";
        bool native = argType is "System.UIntPtr" or "System.IntPtr";
        string ll = wide ? "ll" : native ? "l" : "";
        string bits = wide ? "64" : native ? "(int32_t)(sizeof(uintptr_t) * 8)" : "32";
        string cast = wide ? "(unsigned long long)" : native ? "(unsigned long)" : "(unsigned)";
        var v = mc.PopValue();
        var int32 = p.WellKnown("System.Int32");
        switch (def.Name)
        {
            case "PopCount": mc.PushValue($"__builtin_popcount{ll}({cast}({v.Expr}))", int32); return true;
            case "LeadingZeroCount": mc.PushValue($"(({v.Expr}) == 0 ? {bits} : __builtin_clz{ll}({cast}({v.Expr})))", int32); return true;
            case "TrailingZeroCount": mc.PushValue($"(({v.Expr}) == 0 ? {bits} : __builtin_ctz{ll}({cast}({v.Expr})))", int32); return true;
        }
        mc.PushValue(v.Expr, v.Kind, v.Type);
        if (def.HasBody) { mc.PopValue(); return false; }
        throw CompileError.Unsupported(mc.CurrentDefinition, $"call to the unknown intrinsic BitOperations.{def.Name}");
    }

    /// <summary>Rivet.Hardware.Csr / Cpu: one RISC-V instruction each; the CSR number must be a constant.</summary>
    private static bool ExpandHardware(MethodCompiler mc, MethodInstance target)
    {
        var p = mc.Program;
        var def = target.Definition;
        if (!p.IsRiscV)
            throw CompileError.Unsupported(mc.CurrentDefinition, $"{def.DeclaringType.Name}.{def.Name} on a non-RISC-V target");
        var nuint = p.WellKnown("System.UIntPtr");
        if (def.DeclaringType.Name == "Cpu")
        {
            string asm = def.Name switch
            {
                "WaitForInterrupt" => "wfi", "Fence" => "fence", "FenceI" => "fence.i", "SfenceVma" => "sfence.vma",
                _ => throw CompileError.Unsupported(mc.CurrentDefinition, $"unknown intrinsic Cpu.{def.Name}"),
            };
            mc.EmitLine($"__asm__ volatile(\"{asm}\" ::: \"memory\");");
            return true;
        }
        var args = new List<(string Expr, StackKind Kind, TypeReference Type)>();
        for (int i = 0; i < def.Parameters.Count; i++) args.Insert(0, mc.PopValue());
        if (!int.TryParse(args[0].Expr, out int csr))
            throw CompileError.Unsupported(mc.CurrentDefinition, $"Csr.{def.Name} with a CSR number that is not a constant");
        switch (def.Name)
        {
            case "Read":
            {
                string r = mc.Temp("uintptr_t");
                mc.EmitLine($"__asm__ volatile(\"csrr %0, {csr}\" : \"=r\"({r}) :: \"memory\");");
                mc.PushValue(r, nuint);
                return true;
            }
            case "Write": mc.EmitLine($"__asm__ volatile(\"csrw {csr}, %0\" :: \"r\"((uintptr_t)({args[1].Expr})) : \"memory\");"); return true;
            case "Set": mc.EmitLine($"__asm__ volatile(\"csrs {csr}, %0\" :: \"r\"((uintptr_t)({args[1].Expr})) : \"memory\");"); return true;
            case "Clear": mc.EmitLine($"__asm__ volatile(\"csrc {csr}, %0\" :: \"r\"((uintptr_t)({args[1].Expr})) : \"memory\");"); return true;
            case "Swap":
            {
                string r = mc.Temp("uintptr_t");
                mc.EmitLine($"__asm__ volatile(\"csrrw %0, {csr}, %1\" : \"=r\"({r}) : \"r\"((uintptr_t)({args[1].Expr})) : \"memory\");");
                mc.PushValue(r, nuint);
                return true;
            }
        }
        throw CompileError.Unsupported(mc.CurrentDefinition, $"unknown intrinsic Csr.{def.Name}");
    }
}
