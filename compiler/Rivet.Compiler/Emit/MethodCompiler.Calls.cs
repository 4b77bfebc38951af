using Mono.Cecil;
using Mono.Cecil.Cil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Calls, object creation, delegates and function pointers.</summary>
internal sealed partial class MethodCompiler
{
    private MethodInstance ResolveMethod(MethodReference mr)
    {
        var declaringType = Subst(mr.DeclaringType);
        var def = mr.Resolve() ?? throw CompileError.Unsupported(_def, $"call to unresolvable method {mr.FullName}");
        var methodArgs = mr is GenericInstanceMethod gim ? gim.GenericArguments.Select(Subst).ToList() : new List<TypeReference>();
        return new MethodInstance(def, declaringType, methodArgs);
    }

    private List<Entry> PopArguments(int count)
    {
        var args = new List<Entry>();
        for (int i = 0; i < count; i++) args.Insert(0, Pop());
        return args;
    }

    private List<string> ConvertArguments(MethodInstance target, List<Entry> args, string? thisExpr)
    {
        var result = new List<string>();
        if (thisExpr != null) result.Add(thisExpr);
        for (int i = 0; i < args.Count; i++) result.Add(ConvertTo(args[i], target.ParameterType(i)));
        return result;
    }

    private void PushResult(MethodInstance target, string callExpr)
    {
        var ret = target.ReturnType;
        if (ret.FullName == "System.Void") Emit(callExpr + ";");
        else PushTyped(callExpr, ret);
    }

    private void Call(MethodReference mr, bool isCallvirt)
    {
        if (mr.DeclaringType is ArrayType arrayType) { ArrayMethod(mr, Subst(arrayType)); return; }
        if (mr.CallingConvention == MethodCallingConvention.VarArg)
            throw CompileError.Unsupported(_def, $"a varargs (__arglist) call to {mr.FullName}");
        var target = ResolveMethod(mr);
        var def = target.Definition;
        var constrained = _constrained;

        if (Intrinsics.TryExpand(this, target)) return;

        var args = PopArguments(def.Parameters.Count);
        if (!def.HasThis)
        {
            if (constrained != null && def.DeclaringType.IsInterface)
            {
                // A static virtual interface member on a known type argument (C# 11).
                var impl = _p.Virtuals.FindImplementation(constrained, target.DeclaringType, def)
                    ?? throw CompileError.Unsupported(_def, $"static interface member {def.FullName} with no implementation in {constrained.FullName}");
                if (target.MethodArguments.Count > 0) impl = new MethodInstance(impl.Definition, impl.DeclaringType, target.MethodArguments);
                EnsureCctor(impl.DeclaringType, staticFieldAccess: false);
                PushResult(impl, $"{_p.Function(impl)}({string.Join(", ", ConvertArguments(impl, args, null))})");
                return;
            }
            EnsureCctor(target.DeclaringType, staticFieldAccess: false);
            PushResult(target, $"{_p.Function(target)}({string.Join(", ", ConvertArguments(target, args, null))})");
            return;
        }

        var self = Pop();
        // A constructor call reaches a type's instance creation path (ECMA-335 II.10.5.3.1).
        if (def.IsConstructor) EnsureCctor(target.DeclaringType, staticFieldAccess: false);
        if (constrained != null)
        {
            CallConstrained(target, constrained, self, args);
            return;
        }
        bool declaringIsValue = TypeHierarchy.Resolve(target.DeclaringType).IsValueType;
        if (declaringIsValue)
        {
            PushResult(target, $"{_p.Function(target)}({string.Join(", ", ConvertArguments(target, args, Convert(self, StackKind.Pointer, self.Type)))})");
            return;
        }
        if (isCallvirt) NullCheck(self);
        string thisExpr = Convert(self, StackKind.Object, Object);
        if (isCallvirt && def.IsVirtual && !def.IsFinal)
        {
            var devirtualized = Devirtualize(target, self.Type);
            if (devirtualized == null)
            {
                VirtualCall(target, thisExpr, args);
                return;
            }
            target = devirtualized;
        }
        PushResult(target, $"{_p.Function(target)}({string.Join(", ", ConvertArguments(target, args, thisExpr))})");
    }

    /// <summary>The implementation when the receiver's static type is sealed (or the method is
    /// not overridable there), else null.</summary>
    private MethodInstance? Devirtualize(MethodInstance target, TypeReference receiverType)
    {
        if (target.Definition.HasGenericParameters && target.MethodArguments.Count > 0)
        {
            var declaring = TypeHierarchy.Resolve(target.DeclaringType);
            if (declaring.IsSealed) return target;
            if (receiverType is ArrayType || receiverType.IsGenericParameter) return null;
            var rdef = TypeHierarchy.Resolve(receiverType);
            if (rdef.IsSealed && !rdef.IsInterface)
            {
                var slotImpl = FindGenericOverride(receiverType, target);
                return slotImpl;
            }
            return null;
        }
        if (TypeHierarchy.Resolve(target.DeclaringType).IsInterface)
        {
            if (receiverType is ArrayType || CTypes.KindOf(receiverType) != StackKind.Object) return null;
            var rdef = TypeHierarchy.Resolve(receiverType);
            if (!rdef.IsSealed || rdef.IsInterface) return null;
            return _p.Virtuals.FindImplementation(receiverType, target.DeclaringType, target.Definition);
        }
        if (receiverType is ArrayType || CTypes.KindOf(receiverType) != StackKind.Object) return null;
        var recv = TypeHierarchy.Resolve(receiverType);
        if (recv.IsInterface) return null;
        if (!recv.IsSealed && !TypeHierarchy.Resolve(target.DeclaringType).IsSealed) return null;
        if (!TypeHierarchy.IsSubclassOf(receiverType, target.DeclaringType)) return null;
        var slots = _p.Virtuals.VTable(receiverType);
        return slots[_p.Virtuals.SlotOf(receiverType, target.Definition)].Implementation;
    }

    private MethodInstance? FindGenericOverride(TypeReference type, MethodInstance target)
    {
        var slots = _p.Virtuals.VTable(type);
        int slot = _p.Virtuals.SlotOf(type, target.Definition);
        var impl = slots[slot].Implementation;
        return impl == null ? null : new MethodInstance(impl.Definition, impl.DeclaringType, target.MethodArguments);
    }

    private void VirtualCall(MethodInstance target, string thisExpr, List<Entry> args)
    {
        var def = target.Definition;
        if (target.MethodArguments.Count > 0)
        {
            PushResult(target, $"{_p.GenericVirtualDispatcher(target)}({string.Join(", ", ConvertArguments(target, args, thisExpr))})");
            return;
        }
        string fnType = MethodSignatures.FunctionPointerType(_p, target, withTargetFirst: false);
        string fn;
        string self = NewTemp("RivetObject*");
        Emit($"{self} = {thisExpr};");
        if (TypeHierarchy.Resolve(target.DeclaringType).IsInterface)
        {
            int slot = VirtualMethods.InterfaceSlots(target.DeclaringType).IndexOf(def);
            fn = $"(({fnType})rivet_interface_slots({self}->type, {_p.Descriptor(target.DeclaringType)})[{slot}])";
        }
        else
        {
            int slot = _p.Virtuals.SlotOf(target.DeclaringType, def);
            fn = $"(({fnType}){self}->type->vtable[{slot}])";
        }
        PushResult(target, $"{fn}({string.Join(", ", ConvertArguments(target, args, self))})");
    }

    /// <summary>constrained. T callvirt M (ECMA-335 III.2.1): a reference type is dereferenced; a value
    /// type that implements M is called directly on the reference; otherwise the value is boxed.</summary>
    private void CallConstrained(MethodInstance target, TypeReference constrained, Entry self, List<Entry> args)
    {
        if (!CTypes.IsValueType(constrained))
        {
            var obj = Push($"*(RivetObject**)({self.Expr})", StackKind.Object, constrained);
            _stack.RemoveAt(_stack.Count - 1);
            NullCheck(obj);
            var impl = Devirtualize(target, constrained);
            if (impl != null) PushResult(impl, $"{_p.Function(impl)}({string.Join(", ", ConvertArguments(impl, args, obj.Expr))})");
            else if (target.Definition.IsVirtual && !target.Definition.IsFinal) VirtualCall(target, obj.Expr, args);
            else PushResult(target, $"{_p.Function(target)}({string.Join(", ", ConvertArguments(target, args, obj.Expr))})");
            return;
        }
        MethodInstance? implementation;
        if (TypeHierarchy.Resolve(target.DeclaringType).IsInterface)
            implementation = _p.Virtuals.FindImplementation(constrained, target.DeclaringType, target.Definition);
        else if (target.Definition.IsVirtual)
            implementation = _p.Virtuals.VTable(constrained)[_p.Virtuals.SlotOf(constrained, target.Definition)].Implementation;
        else implementation = target;
        if (implementation == null) throw CompileError.Unsupported(_def, $"constrained call to {target.Definition.FullName} on {constrained.FullName}");
        if (target.MethodArguments.Count > 0)
            implementation = new MethodInstance(implementation.Definition, implementation.DeclaringType, target.MethodArguments);
        if (implementation.DeclaringType.FullName == constrained.FullName)
        {
            PushResult(implementation, $"{_p.Function(implementation)}({string.Join(", ", ConvertArguments(implementation, args, self.Expr))})");
            return;
        }
        // Inherited from Object/ValueType/Enum or a default interface method: box the value.
        _stack.Add(new Entry($"*({CT.Of(constrained)}*)({self.Expr})", StackKind.Struct, constrained));
        Box(constrained, next: null);
        var boxed = Pop();
        PushResult(implementation, $"{_p.Function(implementation)}({string.Join(", ", ConvertArguments(implementation, args, boxed.Expr))})");
    }

    private void NewObject(MethodReference mr)
    {
        if (mr.DeclaringType is ArrayType arrayType) { NewMultiDimensionalArray(mr, (ArrayType)Subst(arrayType)); return; }
        var ctor = ResolveMethod(mr);
        var type = ctor.DeclaringType;
        var typeDef = TypeHierarchy.Resolve(type);
        if (type.FullName == "System.String") { NewString(ctor); return; }
        if (TypeHierarchy.IsSubclassOf(type, _p.WellKnown("System.Delegate")) && typeDef.IsSealed) { NewDelegate(type); return; }
        if (Intrinsics.TryExpand(this, ctor)) return;

        var args = PopArguments(ctor.Definition.Parameters.Count);
        EnsureCctor(type, staticFieldAccess: false);
        if (typeDef.IsValueType)
        {
            string v = NewTemp(CT.Of(type));
            Emit($"__builtin_memset(&{v}, 0, sizeof({v}));");
            Emit($"{_p.Function(ctor)}({string.Join(", ", ConvertArguments(ctor, args, $"(void*)&{v}"))});");
            _stack.Add(new Entry(v, CTypes.KindOf(type), type));
            return;
        }
        string obj = NewTemp("RivetObject*");
        Emit($"{obj} = rivet_alloc({_p.Constructed(type)}, sizeof({_p.StructName(type)}));");
        Emit($"{_p.Function(ctor)}({string.Join(", ", ConvertArguments(ctor, args, obj))});");
        _stack.Add(new Entry(obj, StackKind.Object, type, true));
    }

    /// <summary>String constructors allocate: <c>new string(…)</c> calls the static
    /// <c>String.Ctor(…)</c> with the same parameters, as in CoreCLR.</summary>
    private void NewString(MethodInstance ctor)
    {
        var stringDef = TypeHierarchy.Resolve(ctor.DeclaringType);
        string signature = string.Join(",", ctor.Definition.Parameters.Select(p => p.ParameterType.FullName));
        var factory = stringDef.Methods.FirstOrDefault(m => m.IsStatic && m.Name == "Ctor"
            && string.Join(",", m.Parameters.Select(p => p.ParameterType.FullName)) == signature)
            ?? throw CompileError.Unsupported(_def, $"new string({signature}) without a matching String.Ctor in corlib");
        var target = new MethodInstance(factory, ctor.DeclaringType, []);
        var args = PopArguments(factory.Parameters.Count);
        PushResult(target, $"{_p.Function(target)}({string.Join(", ", ConvertArguments(target, args, null))})");
    }

    private void NewDelegate(TypeReference delegateType)
    {
        var fn = Pop();
        var target = Pop();
        var delegateDef = _p.WellKnown("System.Delegate");
        var fields = TypeHierarchy.Resolve(delegateDef).Fields;
        string s = _p.StructName(delegateDef);
        string obj = NewTemp("RivetObject*");
        Emit($"{obj} = rivet_alloc({_p.Constructed(delegateType)}, sizeof({_p.StructName(delegateType)}));");
        Emit($"(({s}*){obj})->{ProgramCompiler.FieldName(fields.First(f => f.Name == "_target"), delegateDef)} = {Convert(target, StackKind.Object, Object)};");
        Emit($"(({s}*){obj})->{ProgramCompiler.FieldName(fields.First(f => f.Name == "_methodPtr"), delegateDef)} = (intptr_t)({fn.Expr});");
        _stack.Add(new Entry(obj, StackKind.Object, delegateType, true));
    }

    private bool NextIsDelegateConstruction() =>
        _ins.Next is { OpCode.Code: Code.Newobj } next && next.Operand is MethodReference ctor
        && TypeHierarchy.IsSubclassOf(Subst(ctor.DeclaringType), _p.WellKnown("System.Delegate"));

    private void LoadFunction(MethodReference mr)
    {
        var target = ResolveMethod(mr);
        string fn;
        if (NextIsDelegateConstruction())
        {
            // Open static delegates call through a thunk that drops the (null) target; a static
            // method closed over its first argument takes the target as that argument.
            bool openStatic = !target.HasThis && _stack.Count > 0 && _stack[^1].IsNullLiteral;
            fn = openStatic ? _p.StaticDelegateThunk(target)
                : target.HasThis ? _p.VirtualTarget(target, target.DeclaringType) : _p.Function(target);
        }
        else fn = _p.Function(target);
        Push($"(intptr_t)&{fn}", StackKind.NativeInt, _p.WellKnown("System.IntPtr"));
    }

    private void LoadVirtualFunction(MethodReference mr)
    {
        var target = ResolveMethod(mr);
        var obj = Pop();
        NullCheck(obj);
        var devirtualized = Devirtualize(target, obj.Type);
        if (devirtualized != null || !target.Definition.IsVirtual || target.Definition.IsFinal)
        {
            var impl = devirtualized ?? target;
            Push($"(intptr_t)&{_p.VirtualTarget(impl, impl.DeclaringType)}", StackKind.NativeInt, _p.WellKnown("System.IntPtr"));
            return;
        }
        if (target.MethodArguments.Count > 0)
            throw CompileError.Unsupported(_def, $"ldvirtftn of the generic virtual method {target.Definition.FullName}");
        string expr = TypeHierarchy.Resolve(target.DeclaringType).IsInterface
            ? $"rivet_interface_slots({obj.Expr}->type, {_p.Descriptor(target.DeclaringType)})[{VirtualMethods.InterfaceSlots(target.DeclaringType).IndexOf(target.Definition)}]"
            : $"{obj.Expr}->type->vtable[{_p.Virtuals.SlotOf(target.DeclaringType, target.Definition)}]";
        Push($"(intptr_t){expr}", StackKind.NativeInt, _p.WellKnown("System.IntPtr"));
    }

    private void CallIndirect(CallSite site)
    {
        var fn = Pop();
        var args = PopArguments(site.Parameters.Count);
        var types = site.Parameters.Select(p => CT.Of(Subst(p.ParameterType))).ToList();
        var converted = args.Select((a, i) => ConvertTo(a, Subst(site.Parameters[i].ParameterType))).ToList();
        if (site.HasThis)
        {
            var self = Pop();
            types.Insert(0, self.Kind == StackKind.Object ? "RivetObject*" : "void*");
            converted.Insert(0, self.Expr);
        }
        var ret = Subst(site.ReturnType);
        string fnType = $"{CT.Of(ret)} (*)({(types.Count == 0 ? "void" : string.Join(", ", types))})";
        string call = $"(({fnType})({fn.Expr}))({string.Join(", ", converted)})";
        if (ret.FullName == "System.Void") Emit(call + ";");
        else PushTyped(call, ret);
    }

    // ---- multi-dimensional arrays (ECMA-335 II.14.2: Get, Set, Address, .ctor) ----

    private void NewMultiDimensionalArray(MethodReference mr, ArrayType arrayType)
    {
        if (mr.Parameters.Count != arrayType.Rank)
            throw CompileError.Unsupported(_def, "multi-dimensional array construction with lower bounds");
        var lengths = PopArguments(mr.Parameters.Count);
        string arr = NewTemp($"int32_t");
        _decls[arr] = $"int32_t {arr}[{arrayType.Rank}];";
        for (int i = 0; i < lengths.Count; i++) Emit($"{arr}[{i}] = {lengths[i].Expr};");
        Push($"rivet_new_md_array({_p.Constructed(arrayType)}, {arrayType.Rank}, {arr})", StackKind.Object, arrayType, true);
    }

    private void ArrayMethod(MethodReference mr, TypeReference arrayTypeRef)
    {
        var arrayType = (ArrayType)arrayTypeRef;
        int rank = arrayType.Rank;
        var element = arrayType.ElementType;
        string et = CT.Of(element);
        List<Entry> args = mr.Name switch
        {
            "Set" => PopArguments(rank + 1),
            _ => PopArguments(rank),
        };
        var array = Pop();
        NullCheck(array);
        string md = $"((RivetMdArray*){array.Expr})";
        string index = NewTemp("intptr_t");
        Emit($"{index} = 0;");
        for (int i = 0; i < rank; i++)
        {
            string k = $"(intptr_t)({args[i].Expr}) - {md}->bounds[{rank + i}]";
            string ki = NewTemp("intptr_t");
            Emit($"{ki} = {k};");
            Emit($"if (unlikely((uintptr_t){ki} >= (uintptr_t){md}->bounds[{i}])) {_p.ThrowHelper("ThrowIndexOutOfRangeException")}();");
            Emit($"{index} = {index} * {md}->bounds[{i}] + {ki};");
        }
        string slot = $"(({et}*)((uint8_t*){array.Expr} + rivet_md_array_data_offset({array.Expr}->type)))[{index}]";
        switch (mr.Name)
        {
            case "Get": PushTyped(slot, element); break;
            case "Set": Emit($"{slot} = {ConvertTo(args[rank], element)};"); break;
            case "Address": Push($"(void*)&{slot}", StackKind.Pointer, new ByReferenceType(element), true); break;
            default: throw CompileError.Unsupported(_def, $"array method {mr.Name}");
        }
    }

    // ---- intrinsic support for Intrinsics.cs ----
    internal MethodDefinition CurrentDefinition => _def;
    internal ProgramCompiler Program => _p;
    internal int StackCount => _stack.Count;
    internal (string Expr, StackKind Kind, TypeReference Type) PopValue() { var e = Pop(); return (e.Expr, e.Kind, e.Type); }
    internal void PushValue(string expr, TypeReference type) => PushTyped(expr, type);
    internal void PushValue(string expr, StackKind kind, TypeReference type) => Push(expr, kind, type);
    internal void EmitLine(string line) => Emit(line);
    internal void NullCheckValue(string expr) => NullCheck(new Entry(expr, StackKind.Object, Object));
    internal string Temp(string ctype) => NewTemp(ctype);
}
