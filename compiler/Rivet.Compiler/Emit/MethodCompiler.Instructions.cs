using Mono.Cecil;
using Mono.Cecil.Cil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

internal sealed partial class MethodCompiler
{
    private void EmitInstruction(Instruction ins)
    {
        var op = ins.OpCode.Code;
        switch (op)
        {
            case Code.Nop: break;
            case Code.Constrained: _constrained = Subst((TypeReference)ins.Operand); return;
            case Code.Readonly: _readonlyPrefix = true; return;
            case Code.Volatile: case Code.Unaligned: case Code.Tail: case Code.No: return;

            case Code.Ldarg_0: case Code.Ldarg_1: case Code.Ldarg_2: case Code.Ldarg_3:
                LoadArg(op - Code.Ldarg_0); break;
            case Code.Ldarg: case Code.Ldarg_S: LoadArg(ArgIndex(ins)); break;
            case Code.Ldarga: case Code.Ldarga_S:
                Push($"(void*)&{ArgName(ArgIndex(ins))}", StackKind.Pointer, new ByReferenceType(ArgType(ArgIndex(ins))), true); break;
            case Code.Starg: case Code.Starg_S:
            {
                int i = ArgIndex(ins);
                Emit($"{ArgName(i)} = {ConvertTo(Pop(), ArgType(i))};");
                break;
            }
            case Code.Ldloc_0: case Code.Ldloc_1: case Code.Ldloc_2: case Code.Ldloc_3: LoadLocal(op - Code.Ldloc_0); break;
            case Code.Ldloc: case Code.Ldloc_S: LoadLocal(((VariableDefinition)ins.Operand).Index); break;
            case Code.Stloc_0: case Code.Stloc_1: case Code.Stloc_2: case Code.Stloc_3: StoreLocal(op - Code.Stloc_0); break;
            case Code.Stloc: case Code.Stloc_S: StoreLocal(((VariableDefinition)ins.Operand).Index); break;
            case Code.Ldloca: case Code.Ldloca_S:
            {
                int i = ((VariableDefinition)ins.Operand).Index;
                Push($"(void*)&{_localNames[i]}", StackKind.Pointer, new ByReferenceType(_localTypes[i]), true);
                break;
            }

            case Code.Ldnull: _stack.Add(new Entry("NULL", StackKind.Object, Object, false, true)); break;
            case Code.Ldc_I4_M1: case Code.Ldc_I4_0: case Code.Ldc_I4_1: case Code.Ldc_I4_2: case Code.Ldc_I4_3:
            case Code.Ldc_I4_4: case Code.Ldc_I4_5: case Code.Ldc_I4_6: case Code.Ldc_I4_7: case Code.Ldc_I4_8:
                PushConstant(CLiterals.Int32(op - Code.Ldc_I4_0), StackKind.Int32, Int32); break;
            case Code.Ldc_I4_S: PushConstant(CLiterals.Int32((sbyte)ins.Operand), StackKind.Int32, Int32); break;
            case Code.Ldc_I4: PushConstant(CLiterals.Int32((int)ins.Operand), StackKind.Int32, Int32); break;
            case Code.Ldc_I8: PushConstant(CLiterals.Int64((long)ins.Operand), StackKind.Int64, _p.WellKnown("System.Int64")); break;
            case Code.Ldc_R4: PushConstant(CLiterals.Single((float)ins.Operand), StackKind.Float32, _p.WellKnown("System.Single")); break;
            case Code.Ldc_R8: PushConstant(CLiterals.Double((double)ins.Operand), StackKind.Float64, _p.WellKnown("System.Double")); break;
            case Code.Ldstr: _stack.Add(new Entry(_p.StringLiteral((string)ins.Operand), StackKind.Object, _p.WellKnown("System.String"), true)); break;

            case Code.Dup:
            {
                var e = Pop();
                _stack.Add(e);
                _stack.Add(e);
                break;
            }
            case Code.Pop: Pop(); break;

            case Code.Add: case Code.Sub: case Code.Mul: case Code.Div: case Code.Div_Un: case Code.Rem: case Code.Rem_Un:
            case Code.And: case Code.Or: case Code.Xor: case Code.Shl: case Code.Shr: case Code.Shr_Un:
                Binary(op); break;
            case Code.Add_Ovf: case Code.Add_Ovf_Un: case Code.Sub_Ovf: case Code.Sub_Ovf_Un: case Code.Mul_Ovf: case Code.Mul_Ovf_Un:
                CheckedBinary(op); break;
            case Code.Neg: Unary(neg: true); break;
            case Code.Not: Unary(neg: false); break;
            case Code.Ceq: case Code.Cgt: case Code.Cgt_Un: case Code.Clt: case Code.Clt_Un:
            {
                var b = Pop();
                var a = Pop();
                Push(Compare(op, a, b), StackKind.Int32, Int32);
                break;
            }
            case Code.Ckfinite:
            {
                var v = Peek();
                Emit($"if (unlikely(!__builtin_isfinite({v.Expr}))) {_p.ThrowHelper("ThrowOverflowException")}();");
                break;
            }

            case Code.Conv_I1: case Code.Conv_I2: case Code.Conv_I4: case Code.Conv_I8: case Code.Conv_U1: case Code.Conv_U2:
            case Code.Conv_U4: case Code.Conv_U8: case Code.Conv_I: case Code.Conv_U: case Code.Conv_R4: case Code.Conv_R8: case Code.Conv_R_Un:
                Conversion(op); break;
            case Code.Conv_Ovf_I1: case Code.Conv_Ovf_I2: case Code.Conv_Ovf_I4: case Code.Conv_Ovf_I8: case Code.Conv_Ovf_U1:
            case Code.Conv_Ovf_U2: case Code.Conv_Ovf_U4: case Code.Conv_Ovf_U8: case Code.Conv_Ovf_I: case Code.Conv_Ovf_U:
            case Code.Conv_Ovf_I1_Un: case Code.Conv_Ovf_I2_Un: case Code.Conv_Ovf_I4_Un: case Code.Conv_Ovf_I8_Un: case Code.Conv_Ovf_U1_Un:
            case Code.Conv_Ovf_U2_Un: case Code.Conv_Ovf_U4_Un: case Code.Conv_Ovf_U8_Un: case Code.Conv_Ovf_I_Un: case Code.Conv_Ovf_U_Un:
                CheckedConversion(op); break;

            case Code.Br: case Code.Br_S:
                SpillTo(((Instruction)ins.Operand).Offset);
                Emit($"goto {Label(((Instruction)ins.Operand).Offset)};");
                Unreachable();
                break;
            case Code.Brtrue: case Code.Brtrue_S: case Code.Brfalse: case Code.Brfalse_S:
            {
                var v = Pop();
                string zero = v.Kind is StackKind.Object or StackKind.Pointer ? "NULL" : "0";
                string cond = op is Code.Brtrue or Code.Brtrue_S ? $"{v.Expr} != {zero}" : $"{v.Expr} == {zero}";
                ConditionalBranch(cond, (Instruction)ins.Operand);
                break;
            }
            case Code.Beq: case Code.Beq_S: case Code.Bne_Un: case Code.Bne_Un_S: case Code.Bge: case Code.Bge_S:
            case Code.Bge_Un: case Code.Bge_Un_S: case Code.Bgt: case Code.Bgt_S: case Code.Bgt_Un: case Code.Bgt_Un_S:
            case Code.Ble: case Code.Ble_S: case Code.Ble_Un: case Code.Ble_Un_S: case Code.Blt: case Code.Blt_S:
            case Code.Blt_Un: case Code.Blt_Un_S:
            {
                var b = Pop();
                var a = Pop();
                ConditionalBranch(BranchCondition(op, a, b), (Instruction)ins.Operand);
                break;
            }
            case Code.Switch:
            {
                var v = Pop();
                var targets = (Instruction[])ins.Operand;
                foreach (var t in targets) SpillTo(t.Offset);
                Emit($"switch ((uint32_t){v.Expr}) {{");
                for (int i = 0; i < targets.Length; i++) Emit($"    case {i}u: goto {Label(targets[i].Offset)};");
                Emit("    default: break;");
                Emit("}");
                break;
            }
            case Code.Ret:
                if (_m.ReturnType.FullName == "System.Void") Emit("return;");
                else Emit($"return {ConvertTo(Pop(), _m.ReturnType)};");
                Unreachable();
                break;

            case Code.Call: case Code.Callvirt: Call((MethodReference)ins.Operand, op == Code.Callvirt); break;
            case Code.Newobj: NewObject((MethodReference)ins.Operand); break;
            case Code.Calli: CallIndirect((CallSite)ins.Operand); break;
            case Code.Ldftn: LoadFunction((MethodReference)ins.Operand); break;
            case Code.Ldvirtftn: LoadVirtualFunction((MethodReference)ins.Operand); break;

            case Code.Ldfld: LoadField((FieldReference)ins.Operand); break;
            case Code.Ldflda: LoadFieldAddress((FieldReference)ins.Operand); break;
            case Code.Stfld: StoreField((FieldReference)ins.Operand); break;
            case Code.Ldsfld: case Code.Ldsflda: case Code.Stsfld: StaticFieldAccess((FieldReference)ins.Operand, op); break;

            case Code.Ldind_I1: LoadIndirect("int8_t", StackKind.Int32); break;
            case Code.Ldind_U1: LoadIndirect("uint8_t", StackKind.Int32); break;
            case Code.Ldind_I2: LoadIndirect("int16_t", StackKind.Int32); break;
            case Code.Ldind_U2: LoadIndirect("uint16_t", StackKind.Int32); break;
            case Code.Ldind_I4: LoadIndirect("int32_t", StackKind.Int32); break;
            case Code.Ldind_U4: LoadIndirect("uint32_t", StackKind.Int32); break;
            case Code.Ldind_I8: LoadIndirect("int64_t", StackKind.Int64); break;
            case Code.Ldind_I: LoadIndirect("intptr_t", StackKind.NativeInt); break;
            case Code.Ldind_R4: LoadIndirect("float", StackKind.Float32); break;
            case Code.Ldind_R8: LoadIndirect("double", StackKind.Float64); break;
            case Code.Ldind_Ref: LoadIndirect("RivetObject*", StackKind.Object); break;
            case Code.Stind_I1: StoreIndirect("int8_t"); break;
            case Code.Stind_I2: StoreIndirect("int16_t"); break;
            case Code.Stind_I4: StoreIndirect("int32_t"); break;
            case Code.Stind_I8: StoreIndirect("int64_t"); break;
            case Code.Stind_I: StoreIndirect("intptr_t"); break;
            case Code.Stind_R4: StoreIndirect("float"); break;
            case Code.Stind_R8: StoreIndirect("double"); break;
            case Code.Stind_Ref: StoreIndirect("RivetObject*"); break;
            case Code.Ldobj:
            {
                var t = Subst((TypeReference)ins.Operand);
                var p = Pop();
                PushTyped($"*({CT.Of(t)}*)({p.Expr})", t);
                break;
            }
            case Code.Stobj:
            {
                var t = Subst((TypeReference)ins.Operand);
                var v = Pop();
                var p = Pop();
                Emit($"*({CT.Of(t)}*)({p.Expr}) = {ConvertTo(v, t)};");
                break;
            }
            case Code.Cpobj:
            {
                var t = Subst((TypeReference)ins.Operand);
                var src = Pop();
                var dst = Pop();
                Emit($"*({CT.Of(t)}*)({dst.Expr}) = *({CT.Of(t)}*)({src.Expr});");
                break;
            }
            case Code.Initobj:
            {
                var t = Subst((TypeReference)ins.Operand);
                var p = Pop();
                Emit(CTypes.KindOf(t) == StackKind.Struct
                    ? $"__builtin_memset({p.Expr}, 0, sizeof({CT.Of(t)}));"
                    : $"*({CT.Of(t)}*)({p.Expr}) = 0;");
                break;
            }
            case Code.Cpblk:
            {
                var n = Pop(); var src = Pop(); var dst = Pop();
                Emit($"__builtin_memmove({dst.Expr}, {src.Expr}, (size_t)(uint32_t){n.Expr});");
                break;
            }
            case Code.Initblk:
            {
                var n = Pop(); var v = Pop(); var dst = Pop();
                Emit($"__builtin_memset({dst.Expr}, (uint8_t){v.Expr}, (size_t)(uint32_t){n.Expr});");
                break;
            }
            case Code.Sizeof:
                Push($"(int32_t)sizeof({CT.Of(Subst((TypeReference)ins.Operand))})", StackKind.Int32, Int32); break;
            case Code.Localloc:
            {
                var n = Pop();
                string t = Push($"__builtin_alloca((size_t){Convert(n, StackKind.NativeInt, n.Type)})", StackKind.Pointer, new PointerType(_p.WellKnown("System.Byte"))).Expr;
                if (_def.Body.InitLocals) Emit($"__builtin_memset({t}, 0, (size_t){Convert(n, StackKind.NativeInt, n.Type)});");
                break;
            }

            case Code.Newarr: NewArray(Subst((TypeReference)ins.Operand)); break;
            case Code.Ldlen:
            {
                var a = Pop();
                NullCheck(a);
                Push($"((RivetArray*){a.Expr})->length", StackKind.NativeInt, _p.WellKnown("System.IntPtr"));
                break;
            }
            case Code.Ldelema: LoadElementAddress(Subst((TypeReference)ins.Operand)); break;
            case Code.Ldelem_I1: LoadElement(_p.WellKnown("System.SByte")); break;
            case Code.Ldelem_U1: LoadElement(_p.WellKnown("System.Byte")); break;
            case Code.Ldelem_I2: LoadElement(_p.WellKnown("System.Int16")); break;
            case Code.Ldelem_U2: LoadElement(_p.WellKnown("System.UInt16")); break;
            case Code.Ldelem_I4: LoadElement(Int32); break;
            case Code.Ldelem_U4: LoadElement(_p.WellKnown("System.UInt32")); break;
            case Code.Ldelem_I8: LoadElement(_p.WellKnown("System.Int64")); break;
            case Code.Ldelem_I: LoadElement(_p.WellKnown("System.IntPtr")); break;
            case Code.Ldelem_R4: LoadElement(_p.WellKnown("System.Single")); break;
            case Code.Ldelem_R8: LoadElement(_p.WellKnown("System.Double")); break;
            case Code.Ldelem_Ref: LoadElement(null); break;
            case Code.Ldelem_Any: LoadElement(Subst((TypeReference)ins.Operand)); break;
            case Code.Stelem_I1: StoreElement(_p.WellKnown("System.SByte")); break;
            case Code.Stelem_I2: StoreElement(_p.WellKnown("System.Int16")); break;
            case Code.Stelem_I4: StoreElement(Int32); break;
            case Code.Stelem_I8: StoreElement(_p.WellKnown("System.Int64")); break;
            case Code.Stelem_I: StoreElement(_p.WellKnown("System.IntPtr")); break;
            case Code.Stelem_R4: StoreElement(_p.WellKnown("System.Single")); break;
            case Code.Stelem_R8: StoreElement(_p.WellKnown("System.Double")); break;
            case Code.Stelem_Ref: StoreElement(null); break;
            case Code.Stelem_Any: StoreElement(Subst((TypeReference)ins.Operand)); break;

            case Code.Box: Box(Subst((TypeReference)ins.Operand), ins.Next); break;
            case Code.Unbox: Unbox(Subst((TypeReference)ins.Operand), address: true); break;
            case Code.Unbox_Any: Unbox(Subst((TypeReference)ins.Operand), address: false); break;
            case Code.Castclass: CastClass(Subst((TypeReference)ins.Operand), throwOnFailure: true); break;
            case Code.Isinst: CastClass(Subst((TypeReference)ins.Operand), throwOnFailure: false); break;
            case Code.Ldtoken: LoadToken(ins.Operand); break;

            case Code.Throw:
            {
                var ex = Pop();
                NullCheck(ex);
                Emit($"rivet_throw({ex.Expr});");
                Unreachable();
                break;
            }
            case Code.Rethrow:
            {
                var block = _regions.CatchContaining(ins.Offset) ?? throw CompileError.Unsupported(_def, "rethrow outside a catch handler");
                Emit($"rivet_rethrow(exc{block.Id});");
                Unreachable();
                break;
            }
            case Code.Leave: case Code.Leave_S: Leave(((Instruction)ins.Operand).Offset); break;
            case Code.Endfinally: EndFinally(); break;
            case Code.Endfilter: EndFilter(); break;

            default:
                throw CompileError.Unsupported(_def, $"IL instruction '{ins.OpCode.Name}' (IL_{ins.Offset:X4})");
        }
        _constrained = null;
        _readonlyPrefix = false;
    }

    private int ArgIndex(Instruction ins) => ins.Operand switch
    {
        ParameterDefinition p => p.Index + (_m.HasThis ? 1 : 0),
        int i => i,
        _ => throw CompileError.Unsupported(_def, "argument operand"),
    };

    private void LoadArg(int index)
    {
        var t = ArgType(index);
        bool isThis = _m.HasThis && index == 0;
        PushTyped(ArgName(index), t, nonNull: isThis);
    }

    private void LoadLocal(int index) => PushTyped(_localNames[index], _localTypes[index]);

    private void StoreLocal(int index) => Emit($"{_localNames[index]} = {ConvertTo(Pop(), _localTypes[index])};");

    private void PushConstant(string literal, StackKind kind, TypeReference type) =>
        _stack.Add(new Entry(literal, kind, type));

    private void ConditionalBranch(string condition, Instruction target)
    {
        SpillTo(target.Offset);
        Emit($"if ({condition}) goto {Label(target.Offset)};");
    }

    private void LoadIndirect(string ctype, StackKind kind)
    {
        var p = Pop();
        var type = kind switch
        {
            StackKind.Object => Object,
            _ => p.Type is ByReferenceType br ? br.ElementType : p.Type is PointerType pt ? pt.ElementType : Int32,
        };
        if (kind != StackKind.Object && CTypes.KindOf(type) != kind) type = KindType(kind);
        Push($"*({ctype}*)({p.Expr})", kind, type);
    }

    private TypeReference KindType(StackKind kind) => kind switch
    {
        StackKind.Int32 => Int32,
        StackKind.Int64 => _p.WellKnown("System.Int64"),
        StackKind.NativeInt => _p.WellKnown("System.IntPtr"),
        StackKind.Float32 => _p.WellKnown("System.Single"),
        StackKind.Float64 => _p.WellKnown("System.Double"),
        StackKind.Pointer => new PointerType(_p.WellKnown("System.Void")),
        _ => Object,
    };

    private void StoreIndirect(string ctype)
    {
        var v = Pop();
        var p = Pop();
        string from = v.Kind == StackKind.Struct ? CT.Of(v.Type) : CTypes.KindCType(v.Kind);
        Emit($"*({ctype}*)({p.Expr}) = {(from == ctype ? v.Expr : $"({ctype})({v.Expr})")};");
    }
}
