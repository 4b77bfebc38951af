using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rivet.Analyzers.Common;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>
    /// RIVET001, RIVET002, RIVET004: code reachable from a <c>[TrapHandler]</c> or
    /// <c>[InterruptHandler]</c> method — following calls through every method of the
    /// compilation, not only the handler's body — must not take a lock that does not mask
    /// interrupts, allocate, or block. Each diagnostic sits on the offending construct and names
    /// the call chain from the handler.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InterruptContextAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.NonMaskingLockInInterruptContext,
            Descriptors.AllocationInInterruptContext,
            Descriptors.BlockingInInterruptContext);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code (e.g. CSR accessors) is part of the call graph, but is not reported on.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = new RivetSymbols(start.Compilation);
                if (!symbols.DeclaresHandlers)
                    return;

                var facts = new ConcurrentDictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
                var handlers = new ConcurrentBag<IMethodSymbol>();
                var collector = new FactCollector(symbols, facts);

                start.RegisterOperationBlockAction(block =>
                {
                    if (block.OwningSymbol is not IMethodSymbol method)
                        return;
                    if (symbols.IsHandler(method))
                        handlers.Add(method.OriginalDefinition);
                    collector.Collect(method, block.OperationBlocks);
                });

                start.RegisterCompilationEndAction(end => Report(end, handlers, facts));
            });
        }

        private static void Report(
            CompilationAnalysisContext context,
            IEnumerable<IMethodSymbol> handlers,
            ConcurrentDictionary<IMethodSymbol, MethodFacts> facts)
        {
            var ordered = handlers
                .OrderBy(h => h.Locations.FirstOrDefault()?.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(h => h.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
            var chains = Reachability.ChainsFrom(ordered, facts);
            foreach (var reached in chains)
            {
                if (!facts.TryGetValue(reached.Key, out var methodFacts))
                    continue;
                var from = Describe(reached.Value);
                foreach (var violation in methodFacts.Violations)
                    context.ReportDiagnostic(Diagnostic.Create(violation.Rule, violation.Location, violation.What, from));
            }
        }

        /// <summary>"handler 'Traps.OnTrap' via Timer.Tick → Log.Write".</summary>
        private static string Describe(IReadOnlyList<IMethodSymbol> chain)
        {
            var handler = $"handler '{FactCollector.Display(chain[0])}'";
            return chain.Count == 1
                ? handler
                : handler + " via " + string.Join(" → ", chain.Skip(1).Select(FactCollector.Display));
        }
    }
}
