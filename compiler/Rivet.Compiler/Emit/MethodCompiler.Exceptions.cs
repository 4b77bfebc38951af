using Mono.Cecil.Cil;

namespace Rivet.Compiler.Emit;

/// <summary>try/catch/filter/finally/fault (docs/runtime-abi.md, "Exceptions in the generated C").
/// Entering a try pushes its frame and sets the jump point; a throw lands at the try's landing pad,
/// which tests the handlers in order. A finally runs with a continuation number: one per leave
/// that crosses it, or -1 while unwinding, after which the unwind continues.</summary>
internal sealed partial class MethodCompiler
{
    private void EmitTryEnter(ExceptionRegions.TryBlock t)
    {
        _decls.TryAdd($"fr{t.Id}", $"RivetExceptionFrame fr{t.Id};");
        _decls.TryAdd($"exc{t.Id}", $"RivetObject* volatile exc{t.Id} = NULL;");
        string table = "NULL";
        int count = 0;
        if (!t.IsFinallyOrFault)
        {
            var entries = t.Handlers.Select(h => h.HandlerType == ExceptionHandlerType.Filter || h.CatchType.FullName == "System.Object"
                ? "NULL" : _p.Descriptor(Subst(h.CatchType))).ToList();
            table = $"catches{t.Id}";
            _decls.TryAdd(table, $"static const RivetType* const {table}[] = {{ {string.Join(", ", entries)} }};");
            count = entries.Count;
        }
        if (t.Handlers.Any(h => h.HandlerType == ExceptionHandlerType.Filter))
            Emit($"RIVET_TRY_PUSH_FILTERED(fr{t.Id}, {table}, {count}, {FilterDispatch(t)}, (void*)&fl_);");
        else
            Emit($"RIVET_TRY_PUSH(fr{t.Id}, {table}, {count});");
        Emit($"if (__builtin_setjmp(fr{t.Id}.jump)) goto landing{t.Id};");
    }

    private void Leave(int target)
    {
        _stack.Clear();
        var exited = _regions.Exited(_ins.Offset, target);
        int leaveId = _leaveCount++;
        for (int i = 0; i < exited.Count; i++)
        {
            var t = exited[i];
            Emit($"RIVET_TRY_POP(fr{t.Id});");
            if (t.IsFinallyOrFault && t.Handlers[0].HandlerType == ExceptionHandlerType.Finally)
            {
                string continuation = $"leave{leaveId}_{i}";
                var list = _finallyContinuations.TryGetValue(t.Id, out var l) ? l : _finallyContinuations[t.Id] = new();
                int index = list.Count;
                list.Add((index, continuation));
                _decls.TryAdd($"fin{t.Id}", $"int volatile fin{t.Id} = 0;");
                Emit($"fin{t.Id} = {index};");
                Emit($"goto L_{t.Handlers[0].HandlerStart.Offset:X4};");
                _code.Raw($"{continuation}:;");
            }
        }
        Emit($"goto {Label(target)};");
        Unreachable();
    }

    private void EndFinally()
    {
        var t = _regions.FinallyContaining(_ins.Offset) ?? throw CompileError.Unsupported(_def, "endfinally outside a finally or fault handler");
        if (t.Handlers[0].HandlerType == ExceptionHandlerType.Fault) Emit($"rivet_unwind_continue(exc{t.Id});");
        else Emit($"goto finally_dispatch{t.Id};");
        _decls.TryAdd($"fin{t.Id}", $"int volatile fin{t.Id} = 0;");
        Unreachable();
    }

    /// <summary>Filters are compiled as functions of their own (see FilterFunctions): endfilter returns.</summary>
    private void EndFilter()
    {
        var v = Pop();
        Emit($"return {v.Expr} != 0;");
        Unreachable();
    }

    private void EmitLandingPads()
    {
        foreach (var t in _regions.Tries)
        {
            _code.Raw($"landing{t.Id}:;");
            Emit($"exc{t.Id} = rivet_exception_in_flight;");
            for (int i = 0; i < t.Handlers.Count; i++)
            {
                var h = t.Handlers[i];
                _code.Raw($"landing{t.Id}_{i}:;");
                string start = $"L_{h.HandlerStart.Offset:X4}";
                switch (h.HandlerType)
                {
                    case ExceptionHandlerType.Catch:
                        Canonical(0, StackKind.Object, Object);
                        string cond = h.CatchType.FullName == "System.Object" ? "1"
                            : $"rivet_isinst(exc{t.Id}, {_p.Descriptor(Subst(h.CatchType))}) != NULL";
                        Emit($"if ({cond}) {{ s0_object = exc{t.Id}; goto {start}; }}");
                        break;
                    case ExceptionHandlerType.Filter:
                        // The filter ran in pass one; enter the handler only if it accepted.
                        Canonical(0, StackKind.Object, Object);
                        Emit($"if (rivet_filter_frame == &fr{t.Id} && rivet_filter_handler == {i}) {{ s0_object = exc{t.Id}; goto {start}; }}");
                        break;
                    case ExceptionHandlerType.Finally:
                        _decls.TryAdd($"fin{t.Id}", $"int volatile fin{t.Id} = 0;");
                        Emit($"fin{t.Id} = -1; goto {start};");
                        break;
                    case ExceptionHandlerType.Fault:
                        Emit($"goto {start};");
                        break;
                }
            }
            _code.Raw($"landing{t.Id}_{t.Handlers.Count}:;");
            Emit($"rivet_unwind_continue(exc{t.Id});");
        }
    }

    private void EmitFinallyDispatch()
    {
        foreach (var t in _regions.Tries.Where(t => t.IsFinallyOrFault && t.Handlers[0].HandlerType == ExceptionHandlerType.Finally))
        {
            _code.Raw($"finally_dispatch{t.Id}:;");
            Emit($"switch (fin{t.Id}) {{");
            if (_finallyContinuations.TryGetValue(t.Id, out var list))
                foreach (var (index, label) in list) Emit($"    case {index}: goto {label};");
            Emit($"    default: rivet_unwind_continue(exc{t.Id});");
            Emit("}");
        }
    }
}
