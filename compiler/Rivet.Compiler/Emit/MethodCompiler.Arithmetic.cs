using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Rivet.Compiler.Emit;

/// <summary>Arithmetic, comparisons and conversions (ECMA-335 III.1.5 operand tables). Integer
/// arithmetic wraps (computed unsigned in C, where signed overflow is undefined); division checks
/// zero and MinValue / -1 as CoreCLR does; float→int conversions saturate as in .NET 9+.</summary>
internal sealed partial class MethodCompiler
{
    private static bool IsFloat(StackKind k) => k is StackKind.Float32 or StackKind.Float64;

    private static StackKind ResultKind(Entry a, Entry b, Code op)
    {
        if (IsFloat(a.Kind) || IsFloat(b.Kind))
            return a.Kind == StackKind.Float32 && b.Kind == StackKind.Float32 ? StackKind.Float32 : StackKind.Float64;
        if (op is Code.Shl or Code.Shr or Code.Shr_Un) return a.Kind == StackKind.Object ? StackKind.NativeInt : a.Kind;
        if (a.Kind == StackKind.Pointer && b.Kind == StackKind.Pointer) return StackKind.NativeInt;
        if (a.Kind == StackKind.Pointer || b.Kind == StackKind.Pointer) return StackKind.Pointer;
        if (a.Kind == StackKind.Int64 || b.Kind == StackKind.Int64) return StackKind.Int64;
        if (a.Kind is StackKind.NativeInt or StackKind.Object || b.Kind is StackKind.NativeInt or StackKind.Object) return StackKind.NativeInt;
        return StackKind.Int32;
    }

    private static string Signed(StackKind k) => k switch
    {
        StackKind.Int32 => "int32_t", StackKind.Int64 => "int64_t", _ => "intptr_t",
    };

    private static string Unsigned(StackKind k) => k switch
    {
        StackKind.Int32 => "uint32_t", StackKind.Int64 => "uint64_t", _ => "uintptr_t",
    };

    private static string MinValue(StackKind k) => k switch
    {
        StackKind.Int32 => "INT32_MIN", StackKind.Int64 => "INT64_MIN", _ => "INTPTR_MIN",
    };

    private static int Bits(StackKind k) => k switch { StackKind.Int32 => 32, StackKind.Int64 => 64, _ => 0 };

    private void Binary(Code op)
    {
        var b = Pop();
        var a = Pop();
        var kind = ResultKind(a, b, op);
        if (IsFloat(kind))
        {
            string ct = CTypes.KindCType(kind);
            string x = Convert(a, kind, a.Type), y = Convert(b, kind, b.Type);
            string expr = op switch
            {
                Code.Add => $"{x} + {y}", Code.Sub => $"{x} - {y}", Code.Mul => $"{x} * {y}", Code.Div => $"{x} / {y}",
                Code.Rem => kind == StackKind.Float32 ? $"rivet_fmodf({x}, {y})" : $"rivet_fmod({x}, {y})",
                _ => throw CompileError.Unsupported(_def, $"{op} on floating-point values"),
            };
            Push(expr, kind, KindType(kind));
            return;
        }
        bool pointer = kind == StackKind.Pointer;
        var intKind = pointer ? StackKind.NativeInt : kind;
        string s = Signed(intKind), u = Unsigned(intKind);
        string A = $"({s})({a.Expr})", B = $"({s})({b.Expr})";
        string UA = $"({u})({a.Expr})", UB = $"({u})({b.Expr})";
        string mask = intKind == StackKind.Int32 ? "31" : intKind == StackKind.Int64 ? "63" : "(sizeof(intptr_t) * 8 - 1)";
        string result;
        switch (op)
        {
            case Code.Add: result = $"({s})({UA} + {UB})"; break;
            case Code.Sub: result = $"({s})({UA} - {UB})"; break;
            case Code.Mul: result = $"({s})({UA} * {UB})"; break;
            case Code.And: result = $"({s})({UA} & {UB})"; break;
            case Code.Or: result = $"({s})({UA} | {UB})"; break;
            case Code.Xor: result = $"({s})({UA} ^ {UB})"; break;
            case Code.Shl: result = $"({s})({UA} << ((uint32_t)({b.Expr}) & {mask}))"; break;
            case Code.Shr: result = $"({A} >> ((uint32_t)({b.Expr}) & {mask}))"; break;
            case Code.Shr_Un: result = $"({s})({UA} >> ((uint32_t)({b.Expr}) & {mask}))"; break;
            case Code.Div: case Code.Rem:
            {
                var bv = Push(B, intKind, KindType(intKind));
                _stack.RemoveAt(_stack.Count - 1);
                var av = Push(A, intKind, KindType(intKind));
                _stack.RemoveAt(_stack.Count - 1);
                Emit($"if (unlikely({bv.Expr} == 0)) {_p.ThrowHelper("ThrowDivideByZeroException")}();");
                Emit($"if (unlikely({bv.Expr} == -1 && {av.Expr} == {MinValue(intKind)})) {_p.ThrowHelper("ThrowOverflowException")}();");
                result = op == Code.Div ? $"{av.Expr} / {bv.Expr}" : $"{av.Expr} % {bv.Expr}";
                break;
            }
            case Code.Div_Un: case Code.Rem_Un:
            {
                var bv = Push(UB, intKind, KindType(intKind));
                _stack.RemoveAt(_stack.Count - 1);
                Emit($"if (unlikely({bv.Expr} == 0)) {_p.ThrowHelper("ThrowDivideByZeroException")}();");
                result = $"({s})({UA} {(op == Code.Div_Un ? "/" : "%")} ({u}){bv.Expr})";
                break;
            }
            default: throw CompileError.Unsupported(_def, op.ToString());
        }
        if (pointer) Push($"(void*)({result})", StackKind.Pointer, a.Kind == StackKind.Pointer ? a.Type : b.Type);
        else Push(result, kind, KindType(kind));
    }

    private void CheckedBinary(Code op)
    {
        var b = Pop();
        var a = Pop();
        var kind = ResultKind(a, b, op);
        bool pointer = kind == StackKind.Pointer;
        var intKind = pointer ? StackKind.NativeInt : kind;
        bool unsigned = op is Code.Add_Ovf_Un or Code.Sub_Ovf_Un or Code.Mul_Ovf_Un;
        string ct = unsigned ? Unsigned(intKind) : Signed(intKind);
        string builtin = op switch
        {
            Code.Add_Ovf or Code.Add_Ovf_Un => "__builtin_add_overflow",
            Code.Sub_Ovf or Code.Sub_Ovf_Un => "__builtin_sub_overflow",
            _ => "__builtin_mul_overflow",
        };
        string r = NewTemp(ct);
        Emit($"if (unlikely({builtin}(({ct})({a.Expr}), ({ct})({b.Expr}), &{r}))) {_p.ThrowHelper("ThrowOverflowException")}();");
        if (pointer) Push($"(void*){r}", StackKind.Pointer, a.Type);
        else Push($"({Signed(intKind)}){r}", kind, KindType(kind));
    }

    private void Unary(bool neg)
    {
        var a = Pop();
        if (IsFloat(a.Kind))
        {
            if (!neg) throw CompileError.Unsupported(_def, "not on a floating-point value");
            Push($"-{a.Expr}", a.Kind, a.Type);
            return;
        }
        var kind = a.Kind is StackKind.Pointer or StackKind.Object ? StackKind.NativeInt : a.Kind;
        string s = Signed(kind), u = Unsigned(kind);
        Push(neg ? $"({s})(0 - ({u})({a.Expr}))" : $"({s})(~({u})({a.Expr}))", kind, KindType(kind));
    }

    /// <summary>Both operands as C expressions of one comparison type.</summary>
    private (string A, string B, bool Float) CompareOperands(Entry a, Entry b, bool unsigned)
    {
        if (IsFloat(a.Kind) || IsFloat(b.Kind))
        {
            var fk = a.Kind == StackKind.Float32 && b.Kind == StackKind.Float32 ? StackKind.Float32 : StackKind.Float64;
            return (Convert(a, fk, a.Type), Convert(b, fk, b.Type), true);
        }
        StackKind k = (a.Kind, b.Kind) switch
        {
            (StackKind.Int32, StackKind.Int32) => StackKind.Int32,
            (StackKind.Int64, _) or (_, StackKind.Int64) => StackKind.Int64,
            _ => StackKind.NativeInt,
        };
        string ct = unsigned ? Unsigned(k) : Signed(k);
        return ($"({ct})({a.Expr})", $"({ct})({b.Expr})", false);
    }

    private string Compare(Code op, Entry a, Entry b)
    {
        bool un = op is Code.Cgt_Un or Code.Clt_Un;
        var (x, y, f) = CompareOperands(a, b, un);
        return op switch
        {
            Code.Ceq => $"{x} == {y}",
            Code.Cgt => $"{x} > {y}",
            Code.Clt => $"{x} < {y}",
            Code.Cgt_Un => f ? $"!({x} <= {y})" : $"{x} > {y}",
            Code.Clt_Un => f ? $"!({x} >= {y})" : $"{x} < {y}",
            _ => throw new InvalidOperationException(),
        };
    }

    private string BranchCondition(Code op, Entry a, Entry b)
    {
        bool un = op is Code.Bne_Un or Code.Bne_Un_S or Code.Bge_Un or Code.Bge_Un_S or Code.Bgt_Un or Code.Bgt_Un_S
            or Code.Ble_Un or Code.Ble_Un_S or Code.Blt_Un or Code.Blt_Un_S;
        var (x, y, f) = CompareOperands(a, b, un && !(op is Code.Bne_Un or Code.Bne_Un_S));
        return op switch
        {
            Code.Beq or Code.Beq_S => $"{x} == {y}",
            Code.Bne_Un or Code.Bne_Un_S => $"{x} != {y}",
            Code.Bge or Code.Bge_S => $"{x} >= {y}",
            Code.Bgt or Code.Bgt_S => $"{x} > {y}",
            Code.Ble or Code.Ble_S => $"{x} <= {y}",
            Code.Blt or Code.Blt_S => $"{x} < {y}",
            Code.Bge_Un or Code.Bge_Un_S => f ? $"!({x} < {y})" : $"{x} >= {y}",
            Code.Bgt_Un or Code.Bgt_Un_S => f ? $"!({x} <= {y})" : $"{x} > {y}",
            Code.Ble_Un or Code.Ble_Un_S => f ? $"!({x} > {y})" : $"{x} <= {y}",
            Code.Blt_Un or Code.Blt_Un_S => f ? $"!({x} >= {y})" : $"{x} < {y}",
            _ => throw new InvalidOperationException(),
        };
    }

    private void Conversion(Code op)
    {
        var a = Pop();
        bool fromFloat = IsFloat(a.Kind);
        string v = a.Kind == StackKind.Pointer || a.Kind == StackKind.Object ? $"(intptr_t)({a.Expr})" : a.Expr;
        switch (op)
        {
            // Small targets: .NET 10 converts floats through int32 (saturating), then truncates.
            case Code.Conv_I1: Push(fromFloat ? $"(int8_t)rivet_conv_i4({v})" : $"(int8_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_U1: Push(fromFloat ? $"(uint8_t)rivet_conv_i4({v})" : $"(uint8_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_I2: Push(fromFloat ? $"(int16_t)rivet_conv_i4({v})" : $"(int16_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_U2: Push(fromFloat ? $"(uint16_t)rivet_conv_i4({v})" : $"(uint16_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_I4: Push(fromFloat ? $"rivet_conv_i4({v})" : $"(int32_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_U4: Push(fromFloat ? $"(int32_t)rivet_conv_u4({v})" : $"(int32_t)(uint32_t)({v})", StackKind.Int32, Int32); break;
            case Code.Conv_I8: Push(fromFloat ? $"rivet_conv_i8({v})" : $"(int64_t)({v})", StackKind.Int64, KindType(StackKind.Int64)); break;
            case Code.Conv_U8:
                Push(fromFloat ? $"(int64_t)rivet_conv_u8({v})" : $"(int64_t)({Unsigned(a.Kind is StackKind.Int32 or StackKind.Int64 ? a.Kind : StackKind.NativeInt)})({v})",
                    StackKind.Int64, KindType(StackKind.Int64));
                break;
            case Code.Conv_I: Push(fromFloat ? $"rivet_conv_i({v})" : $"(intptr_t)({v})", StackKind.NativeInt, KindType(StackKind.NativeInt)); break;
            case Code.Conv_U:
                Push(fromFloat ? $"(intptr_t)rivet_conv_u({v})" : $"(intptr_t)({Unsigned(a.Kind is StackKind.Int32 or StackKind.Int64 ? a.Kind : StackKind.NativeInt)})({v})",
                    StackKind.NativeInt, KindType(StackKind.NativeInt));
                break;
            case Code.Conv_R4: Push($"(float)({v})", StackKind.Float32, KindType(StackKind.Float32)); break;
            case Code.Conv_R8: Push($"(double)({v})", StackKind.Float64, KindType(StackKind.Float64)); break;
            case Code.Conv_R_Un:
                Push(fromFloat ? $"(double)({v})" : $"(double)({Unsigned(a.Kind is StackKind.Int32 or StackKind.Int64 ? a.Kind : StackKind.NativeInt)})({v})",
                    StackKind.Float64, KindType(StackKind.Float64));
                break;
        }
    }

    private void CheckedConversion(Code op)
    {
        var a = Pop();
        string name = op.ToString();
        bool sourceUnsigned = name.EndsWith("_Un");
        string target = name.Replace("Conv_Ovf_", "").Replace("_Un", "");
        (string ct, string min, string max, StackKind kind) = target switch
        {
            "I1" => ("int8_t", "INT8_MIN", "INT8_MAX", StackKind.Int32),
            "U1" => ("uint8_t", "0", "UINT8_MAX", StackKind.Int32),
            "I2" => ("int16_t", "INT16_MIN", "INT16_MAX", StackKind.Int32),
            "U2" => ("uint16_t", "0", "UINT16_MAX", StackKind.Int32),
            "I4" => ("int32_t", "INT32_MIN", "INT32_MAX", StackKind.Int32),
            "U4" => ("uint32_t", "0", "UINT32_MAX", StackKind.Int32),
            "I8" => ("int64_t", "INT64_MIN", "INT64_MAX", StackKind.Int64),
            "U8" => ("uint64_t", "0", "UINT64_MAX", StackKind.Int64),
            "I" => ("intptr_t", "INTPTR_MIN", "INTPTR_MAX", StackKind.NativeInt),
            _ => ("uintptr_t", "0", "UINTPTR_MAX", StackKind.NativeInt),
        };
        string overflow = _p.ThrowHelper("ThrowOverflowException");
        string result;
        if (IsFloat(a.Kind))
        {
            // In range when min - 1 < v < max + 1 (truncation toward zero); NaN fails both tests.
            string v = $"(double)({a.Expr})";
            string lower = min == "0" ? "-1.0" : $"((double){min} - 1.0)";
            string upper = target is "I8" or "U8" or "I" or "U"
                ? (target is "I8" || target == "I" ? (target == "I" ? "(sizeof(intptr_t) == 8 ? 9223372036854775808.0 : 2147483648.0)" : "9223372036854775808.0")
                    : (target == "U" ? "(sizeof(uintptr_t) == 8 ? 18446744073709551616.0 : 4294967296.0)" : "18446744073709551616.0"))
                : $"((double){max} + 1.0)";
            Emit($"if (unlikely(!({v} > {lower} && {v} < {upper}))) {overflow}();");
            result = $"({ct})({a.Expr})";
        }
        else
        {
            var srcKind = a.Kind is StackKind.Int32 or StackKind.Int64 ? a.Kind : StackKind.NativeInt;
            string src = sourceUnsigned ? Unsigned(srcKind) : Signed(srcKind);
            var t = Push($"({src})({(a.Kind is StackKind.Pointer or StackKind.Object ? "(intptr_t)" : "")}{a.Expr})", srcKind, KindType(srcKind));
            _stack.RemoveAt(_stack.Count - 1);
            string temp = NewTemp(src);
            Emit($"{temp} = ({src}){t.Expr};");
            // Compare in the wider of source and target, with sign awareness.
            bool targetUnsigned = min == "0";
            var checks = new List<string>();
            if (!sourceUnsigned && targetUnsigned) checks.Add($"{temp} < 0");
            if (!sourceUnsigned && !targetUnsigned) checks.Add($"(int64_t){temp} < (int64_t){min}");
            if (sourceUnsigned) checks.Add($"(uint64_t){temp} > (uint64_t){max}");
            else checks.Add($"{temp} > 0 && (uint64_t){temp} > (uint64_t){max}");
            Emit($"if (unlikely({string.Join(" || ", checks.Select(c => "(" + c + ")"))})) {overflow}();");
            result = $"({ct}){temp}";
        }
        string sct = CTypes.KindCType(kind);
        Push($"({sct}){result}", kind, KindType(kind));
    }
}
