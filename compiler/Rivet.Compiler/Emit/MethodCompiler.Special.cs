using Mono.Cecil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Bodies the compiler writes itself: DllImport forwarders and delegate Invoke.</summary>
internal sealed partial class MethodCompiler
{
    /// <summary>[DllImport("*", EntryPoint = "c_name")]: a direct call to the C function, declared
    /// under a private alias (GCC asm label) so it cannot clash with the runtime's own prototypes.</summary>
    private string PInvokeBody()
    {
        string entry = _def.PInvokeInfo?.EntryPoint ?? _def.Name;
        var types = MethodSignatures.ParameterTypes(_p, _m).ToList();
        var names = types.Select((_, i) => $"a{i}").ToList();
        string ret = CT.Of(_m.ReturnType);
        string alias = _name + "__native";
        var w = new CWriter();
        if (CMathBuiltins.Contains(entry))
            alias = "__builtin_" + entry;   // GCC expands these inline (e.g. sqrt → one instruction)
        else
            w.Raw($"extern {ret} {alias}({(types.Count == 0 ? "void" : string.Join(", ", types))}) __asm__(\"{entry}\");");
        w.Raw(MethodSignatures.Prototype(_p, _m, names));
        w.Raw($"{{ {(ret == "void" ? "" : "return ")}{alias}({string.Join(", ", names)}); }}");
        return w.ToString();
    }

    /// <summary>C library math functions GCC knows as builtins; a DllImport of one calls the builtin.</summary>
    private static readonly HashSet<string> CMathBuiltins =
    [
        "sqrt", "sqrtf", "fabs", "fabsf", "floor", "floorf", "ceil", "ceilf", "trunc", "truncf",
        "round", "roundf", "rint", "rintf", "nearbyint", "nearbyintf", "fma", "fmaf", "copysign", "copysignf",
        "fmin", "fminf", "fmax", "fmaxf",
    ];

    /// <summary>Invoke of a delegate type: one call through the method pointer with the target
    /// first, or for a multicast delegate each element in order, returning the last result.</summary>
    private string DelegateBody()
    {
        if (_def.Name != "Invoke")
            throw CompileError.Unsupported(_def, $"delegate method {_def.Name}");
        var delegateType = _p.WellKnown("System.Delegate");
        var fields = TypeHierarchy.Resolve(delegateType).Fields;
        string F(string n) => ProgramCompiler.FieldName(fields.First(f => f.Name == n), delegateType);
        string s = _p.StructName(delegateType);
        var types = MethodSignatures.ParameterTypes(_p, _m).ToList();
        var names = types.Select((_, i) => i == 0 ? "self" : $"a{i}").ToList();
        string ret = CT.Of(_m.ReturnType);
        var args = names.Skip(1).ToList();
        string fnType = $"{ret} (*)({string.Join(", ", types)})";
        var w = new CWriter();
        w.Raw(MethodSignatures.Prototype(_p, _m, names));
        w.Raw("{");
        w.Line($"    {s}* d = ({s}*)self;");
        w.Line($"    if (likely(d->{F("_invocationList")} == NULL))");
        w.Line($"        {(ret == "void" ? "" : "return ")}(({fnType})d->{F("_methodPtr")})({string.Join(", ", args.Prepend($"d->{F("_target")}"))});");
        w.Line($"    {(ret == "void" ? "" : ret + " result = {0}; ")}RivetObject* list = d->{F("_invocationList")};");
        w.Line($"    for (intptr_t i = 0; i < d->{F("_invocationCount")}; i++)");
        w.Line($"        {(ret == "void" ? "" : "result = ")}{_name}({string.Join(", ", args.Prepend("RIVET_ARRAY_DATA(list, RivetObject*)[i]"))});");
        if (ret != "void") w.Line("    return result;");
        else w.Line("    return;");
        w.Raw("}");
        return w.ToString();
    }
}
