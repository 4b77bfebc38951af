using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Translates one method instance's IL into one C function. The evaluation stack becomes
/// typed C temporaries; values live across a branch move into one variable per stack depth and
/// kind; basic blocks become labels and gotos (ECMA-335 III.1.7).</summary>
internal sealed partial class MethodCompiler
{
    private sealed record Entry(string Expr, StackKind Kind, TypeReference Type, bool NonNull = false, bool IsNullLiteral = false);

    private readonly ProgramCompiler _p;
    private readonly MethodInstance _m;
    private readonly MethodDefinition _def;
    private readonly string _name;
    private readonly CWriter _code = new();
    private readonly Dictionary<string, string> _decls = new();
    private List<Entry> _stack = new();
    private readonly Dictionary<int, List<Entry>> _entryStacks = new();
    private readonly HashSet<int> _labels = new();
    private ExceptionRegions _regions = null!;
    private bool _hasEh;
    private int _temps;
    private bool _unreachable;
    private Instruction _ins = null!;
    private TypeReference? _constrained;
    private bool _readonlyPrefix;
    private readonly List<string> _argNames = new();
    private readonly List<string> _localNames = new();
    private readonly List<TypeReference> _localTypes = new();
    private readonly Dictionary<int, List<(int Index, string Label)>> _finallyContinuations = new();
    private int _leaveCount;
    /// <summary>Set when this compiler emits one filter block as a function of its own.</summary>
    private readonly ExceptionHandler? _filter;
    /// <summary>Methods with filters keep locals and arguments in a frame struct the filters can reach.</summary>
    private bool _hasFilters;
    private readonly List<string> _frameMembers = new();
    private readonly List<string> _argBaseNames = new();

    public MethodCompiler(ProgramCompiler program, MethodInstance method, string name, ExceptionHandler? filter = null)
    {
        _p = program;
        _m = method;
        _def = method.Definition;
        _name = name;
        _filter = filter;
    }

    private string FrameStruct => $"struct {_name}__frame";
    private string FilterFunction(ExceptionHandler h) => $"{_name}__filter_{h.FilterStart.Offset:X4}";
    private string FilterDispatch(ExceptionRegions.TryBlock t) => $"{_name}__filters{t.Id}";

    /// <summary>Whether this compiler emits the instruction at an offset: the filter compiler only its
    /// filter block, the method compiler everything else.</summary>
    private bool Emits(int offset) =>
        _filter != null ? ExceptionRegions.InFilter(_filter, offset)
            : !_def.Body.ExceptionHandlers.Any(h => ExceptionRegions.InFilter(h, offset));

    private CTypes CT => _p.CTypes;
    private TypeReference Subst(TypeReference t) => _m.Substitution.Apply(t);
    private TypeReference Object => _p.WellKnown("System.Object");
    private TypeReference Int32 => _p.WellKnown("System.Int32");

    public string Compile()
    {
        var header = new CWriter();
        // The prologue (and code before the first sequence point) belongs to the method's first C#
        // line, as a C function's prologue belongs to its opening line: a fault there, such as a
        // stack overflow, still names a C# line. Compiler-written bodies have no C# line.
        var entry = _def.DebugInformation?.HasSequencePoints == true
            ? _def.DebugInformation.SequencePoints.Where(sp => !sp.IsHidden).MinBy(sp => sp.Offset)
            : null;
        if (entry is null) header.Raw("#line 1 \"<generated>\"");
        header.Line("/* " + _m.DisplayName.Replace("*/", "* /") + " */");
        if (_def.IsPInvokeImpl) return header.ToString() + PInvokeBody();
        if (_def.IsRuntime && TypeHierarchy.IsSubclassOf(_m.DeclaringType, _p.WellKnown("System.Delegate")))
            return header.ToString() + DelegateBody();
        if (!_def.HasBody || _def.Body.Instructions.Count == 0)
            throw CompileError.Unsupported(_def, _def.IsAbstract ? "calling an abstract method" : "a method without IL body (extern, not a known intrinsic or DllImport)");
        var bodyDef = _def.Body;
        _regions = new ExceptionRegions(bodyDef);
        _hasEh = bodyDef.HasExceptionHandlers;
        _hasFilters = bodyDef.ExceptionHandlers.Any(h => h.HandlerType == ExceptionHandlerType.Filter);
        DeclareArgumentsAndLocals(bodyDef);
        CollectLabels(bodyDef);
        var sequencePoints = _def.DebugInformation?.HasSequencePoints == true
            ? _def.DebugInformation.SequencePoints.Where(sp => !sp.IsHidden).ToDictionary(sp => sp.Offset, sp => sp)
            : new Dictionary<int, SequencePoint>();

        if (entry is not null) _code.SourceLine(entry.StartLine, CLiterals.CString(entry.Document.Url));
        foreach (var ins in bodyDef.Instructions)
        {
            if (!Emits(ins.Offset)) continue;
            _ins = ins;
            BeginInstruction(ins.Offset);
            if (sequencePoints.TryGetValue(ins.Offset, out var sp))
                _code.SourceLine(sp.StartLine, CLiterals.CString(sp.Document.Url));
            EmitInstruction(ins);
        }
        if (_filter != null) return FilterBody();
        EmitLandingPads();
        EmitFinallyDispatch();

        var w = new CWriter();
        if (_hasFilters) w.Append(FilterFunctions());
        w.Append(header);
        if (entry is not null) w.SourceLine(entry.StartLine, CLiterals.CString(entry.Document.Url));
        var paramNames = _argBaseNames.Select(n => _hasEh ? n + "_in" : n).ToList();
        w.Raw(MethodSignatures.Prototype(_p, _m, paramNames));
        w.Raw("{");
        if (_hasFilters) w.Line($"    {FrameStruct} volatile fl_ = {{0}};");
        if (_hasEh)
        {
            var types = MethodSignatures.ParameterTypes(_p, _m).ToList();
            for (int i = 0; i < types.Count; i++)
                w.Line(_hasFilters ? $"    {_argNames[i]} = {paramNames[i]};"
                    : $"    {types[i]}{(_writtenInTry.Contains(("arg", i)) ? " volatile" : "")} {_argNames[i]} = {paramNames[i]};");
        }
        foreach (var d in _decls.Values) w.Line("    " + d);
        w.Append(_code);
        w.Raw("}");
        return w.ToString();
    }

    /// <summary>The frame struct, one function per filter block and one dispatcher per try block
    /// with filters (the RivetFilterFunction the runtime calls during pass one).</summary>
    private CWriter FilterFunctions()
    {
        var w = new CWriter();
        w.Raw(FrameStruct + " {");
        foreach (var m in _frameMembers) w.Line("    " + m);
        w.Raw("};");
        foreach (var t in _regions.Tries.Where(t => t.Handlers.Any(h => h.HandlerType == ExceptionHandlerType.Filter)))
        {
            foreach (var h in t.Handlers.Where(h => h.HandlerType == ExceptionHandlerType.Filter))
                w.Raw(new MethodCompiler(_p, _m, _name, h).Compile());
            // An exception escaping a filter counts as "not accepted" (ECMA-335 II.19.4).
            w.Raw($"static int32_t {FilterDispatch(t)}(void* context, uintptr_t handler, RivetObject* exception)");
            w.Raw("{");
            w.Line("    static const RivetType* const any[] = { NULL };");
            w.Line("    RivetExceptionFrame guard;");
            w.Line("    int32_t volatile accepted = 0;");
            w.Line("    RIVET_TRY_PUSH(guard, any, 1);");
            w.Line("    if (__builtin_setjmp(guard.jump)) return 0;");
            w.Line("    switch (handler) {");
            for (int i = 0; i < t.Handlers.Count; i++)
                if (t.Handlers[i].HandlerType == ExceptionHandlerType.Filter)
                    w.Line($"    case {i}: accepted = {FilterFunction(t.Handlers[i])}(context, exception); break;");
            w.Line("    default: break;");
            w.Line("    }");
            w.Line("    RIVET_TRY_POP(guard);");
            w.Line("    return accepted;");
            w.Raw("}");
        }
        return w;
    }

    private string FilterBody()
    {
        var w = new CWriter();
        w.Raw($"static int32_t {FilterFunction(_filter!)}(void* context, RivetObject* exception)");
        w.Raw("{");
        w.Line($"    {FrameStruct}* fl = context;");
        foreach (var d in _decls.Values) w.Line("    " + d);
        w.Line("    s0_object = exception;");
        w.Append(_code);
        w.Raw("}");
        return w.ToString();
    }

    private void DeclareArgumentsAndLocals(MethodBody body)
    {
        if (_m.HasThis) _argBaseNames.Add("self");
        foreach (var p in _def.Parameters) _argBaseNames.Add("arg_" + TypeNames.Sanitize(p.Name.Length > 0 ? p.Name : "p" + p.Index));
        string prefix = !_hasFilters ? "" : _filter != null ? "fl->" : "fl_.";
        _argNames.AddRange(_argBaseNames.Select(n => prefix + n));
        var parameterTypes = MethodSignatures.ParameterTypes(_p, _m).ToList();
        for (int i = 0; i < _argBaseNames.Count; i++)
            _frameMembers.Add($"{parameterTypes[i]} {_argBaseNames[i]};");
        CollectWritesInTry(body);
        foreach (var v in body.Variables)
        {
            var t = Subst(v.VariableType);
            string name = "loc" + v.Index;
            if (_def.DebugInformation != null && _def.DebugInformation.TryGetName(v, out var debugName))
                name += "_" + TypeNames.Sanitize(debugName);
            _localNames.Add(prefix + name);
            _localTypes.Add(t);
            string ct = CT.Of(t);
            string volatileKw = _writtenInTry.Contains(("loc", v.Index)) ? " volatile" : "";
            if (_hasFilters) _frameMembers.Add($"{ct} {name};");
            else _decls[name] = CTypes.KindOf(t) == StackKind.Struct ? $"{ct}{volatileKw} {name} = {{0}};" : $"{ct}{volatileKw} {name} = 0;";
        }
    }

    /// <summary>Locals and arguments written (or whose address is taken) inside a try region. Only
    /// these can hold a value after a longjmp that differs from the one at the setjmp, so only
    /// these need to be volatile (C11 7.13.2.1).</summary>
    private readonly HashSet<(string Kind, int Index)> _writtenInTry = new();

    private void CollectWritesInTry(MethodBody body)
    {
        foreach (var ins in body.Instructions)
        {
            if (!_regions.Tries.Any(t => t.Contains(ins.Offset))) continue;
            switch (ins.OpCode.Code)
            {
                case Code.Stloc_0: case Code.Stloc_1: case Code.Stloc_2: case Code.Stloc_3:
                    _writtenInTry.Add(("loc", ins.OpCode.Code - Code.Stloc_0)); break;
                case Code.Stloc: case Code.Stloc_S: case Code.Ldloca: case Code.Ldloca_S:
                    _writtenInTry.Add(("loc", ((VariableDefinition)ins.Operand).Index)); break;
                case Code.Starg: case Code.Starg_S: case Code.Ldarga: case Code.Ldarga_S:
                    _writtenInTry.Add(("arg", ins.Operand is ParameterDefinition p ? p.Index + (_m.HasThis ? 1 : 0) : (int)ins.Operand)); break;
            }
        }
    }

    private void CollectLabels(MethodBody body)
    {
        foreach (var ins in body.Instructions)
        {
            if (ins.Operand is Instruction target) _labels.Add(target.Offset);
            if (ins.Operand is Instruction[] targets) foreach (var t in targets) _labels.Add(t.Offset);
        }
        foreach (var h in body.ExceptionHandlers)
        {
            _labels.Add(h.TryStart.Offset);
            _labels.Add(h.HandlerStart.Offset);
            if (h.FilterStart != null) _labels.Add(h.FilterStart.Offset);
            // A catch or filter starts with the exception on the stack.
            if (h.HandlerType is ExceptionHandlerType.Catch or ExceptionHandlerType.Filter)
                _entryStacks[h.HandlerStart.Offset] = [Canonical(0, StackKind.Object, Object)];
            if (h.HandlerType == ExceptionHandlerType.Filter && h.FilterStart is { } filterStart)
                _entryStacks[filterStart.Offset] = [Canonical(0, StackKind.Object, Object)];
        }
    }

    private void BeginInstruction(int offset)
    {
        if (!_labels.Contains(offset)) return;
        if (!_unreachable && _stack.Count > 0) SpillTo(offset);
        var tries = _regions.StartingAt(offset);
        foreach (var t in tries)
        {
            _code.Raw($"L_{offset:X4}_try{t.Id}:;");
            EmitTryEnter(t);
        }
        _code.Raw($"L_{offset:X4}:;");
        _stack = _entryStacks.TryGetValue(offset, out var entry) ? new List<Entry>(entry) : new List<Entry>();
        _unreachable = false;
    }

    /// <summary>The label a branch from the current instruction to <paramref name="target"/> jumps to:
    /// it enters every try starting there that the branch comes from outside of.</summary>
    private string Label(int target)
    {
        foreach (var t in _regions.StartingAt(target))
            if (!t.Contains(_ins.Offset)) return $"L_{target:X4}_try{t.Id}";
        return $"L_{target:X4}";
    }

    private Entry Canonical(int depth, StackKind kind, TypeReference type)
    {
        string tag = kind == StackKind.Struct ? TypeNames.Sanitize(CT.Of(type).Replace("struct ", "")) : kind.ToString().ToLowerInvariant();
        string name = $"s{depth}_{tag}";
        string ct = kind == StackKind.Struct ? CT.Of(type) : CTypes.KindCType(kind);
        _decls.TryAdd(name, kind == StackKind.Struct ? $"{ct} {name};" : $"{ct} {name} = 0;");
        return new Entry(name, kind, type);
    }

    /// <summary>Moves the current stack into the canonical variables expected at a branch target.</summary>
    private void SpillTo(int target)
    {
        if (_stack.Count == 0) return;
        if (!_entryStacks.TryGetValue(target, out var canonical))
        {
            canonical = _stack.Select((e, i) => Canonical(i, e.Kind, e.Type)).ToList();
            _entryStacks[target] = canonical;
        }
        if (canonical.Count != _stack.Count)
            throw CompileError.Unsupported(_def, $"branch to IL_{target:X4} with a stack depth that differs between paths");
        for (int i = 0; i < _stack.Count; i++)
            if (canonical[i].Expr != _stack[i].Expr)
                Emit($"{canonical[i].Expr} = {Convert(_stack[i], canonical[i].Kind, canonical[i].Type)};");
    }

    private void Emit(string line) => _code.Line("    " + line);

    private string NewTemp(string ctype)
    {
        string name = "t" + _temps++;
        _decls[name] = ctype.StartsWith("struct ") ? $"{ctype} {name};" : $"{ctype} {name};";
        return name;
    }

    private Entry Push(string expr, StackKind kind, TypeReference type, bool nonNull = false)
    {
        string ct = kind == StackKind.Struct ? CT.Of(type) : CTypes.KindCType(kind);
        string t = NewTemp(ct);
        Emit($"{t} = {expr};");
        var e = new Entry(t, kind, type, nonNull);
        _stack.Add(e);
        return e;
    }

    private Entry PushTyped(string expr, TypeReference type, bool nonNull = false) => Push(expr, CTypes.KindOf(type), type, nonNull);

    private Entry Pop()
    {
        if (_stack.Count == 0) throw CompileError.Unsupported(_def, $"IL_{_ins.Offset:X4} {_ins.OpCode.Name} on an empty stack");
        var e = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return e;
    }

    private Entry Peek() => _stack[^1];

    /// <summary>An expression for a stack value converted to the C type of <paramref name="target"/>.</summary>
    private string ConvertTo(Entry e, TypeReference target) => Convert(e, CTypes.KindOf(target), target, CT.Of(target));

    private string Convert(Entry e, StackKind kind, TypeReference type, string? ctype = null)
    {
        if (kind == StackKind.Struct) return e.Expr;
        ctype ??= CTypes.KindCType(kind);
        string from = e.Kind == StackKind.Struct ? CT.Of(e.Type) : CTypes.KindCType(e.Kind);
        return from == ctype ? e.Expr : $"({ctype})({e.Expr})";
    }

    private void NullCheck(Entry e)
    {
        if (e.NonNull || e.Kind != StackKind.Object) return;
        Emit($"if (unlikely({e.Expr} == NULL)) {_p.ThrowHelper("ThrowNullReferenceException")}();");
    }

    private void Unreachable() { _unreachable = true; _stack.Clear(); }

    private string ArgName(int index) => _argNames[index];

    private TypeReference ArgType(int index)
    {
        if (_m.HasThis)
        {
            if (index == 0)
                return TypeHierarchy.Resolve(_m.DeclaringType).IsValueType ? new ByReferenceType(_m.DeclaringType) : _m.DeclaringType;
            index--;
        }
        return _m.ParameterType(index);
    }
}
