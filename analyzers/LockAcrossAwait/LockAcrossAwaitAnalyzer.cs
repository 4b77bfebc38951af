using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rivet.Analyzers.Common;

namespace Rivet.Analyzers.LockAcrossAwait
{
    /// <summary>
    /// RIVET003: an <c>await</c> inside the scope of a <c>using</c> that holds an
    /// <c>[InterruptMaskingLock]</c> — a <c>using</c> statement's body, or the rest of the block
    /// after a <c>using</c> declaration. The lock is held when its guard (the using's resource) is
    /// of a masking-lock type or comes from a method of one (e.g. <c>using (spin.Lock())</c>).
    /// Also an <c>await</c> between an explicit acquire and release (<see cref="ExplicitLockRegions"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LockAcrossAwaitAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MaskingLockHeldAcrossAwait);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = new RivetSymbols(start.Compilation);
                start.RegisterOperationAction(
                    c => AnalyzeUsing(c, symbols, (IUsingOperation)c.Operation),
                    OperationKind.Using);
                start.RegisterOperationAction(
                    c => AnalyzeUsingDeclaration(c, symbols, (IUsingDeclarationOperation)c.Operation),
                    OperationKind.UsingDeclaration);
                start.RegisterOperationBlockAction(c =>
                {
                    foreach (var block in c.OperationBlocks)
                        AnalyzeExplicitRegions(c.ReportDiagnostic, symbols, block, c.OwningSymbol is IMethodSymbol { IsAsync: true });
                });
            });
        }

        private static void AnalyzeUsing(OperationAnalysisContext context, RivetSymbols symbols, IUsingOperation @using)
        {
            if (MaskingLockName(symbols, @using.Resources) is { } name)
                ReportAwaits(context, name, new[] { @using.Body });
        }

        private static void AnalyzeUsingDeclaration(OperationAnalysisContext context, RivetSymbols symbols, IUsingDeclarationOperation declaration)
        {
            if (MaskingLockName(symbols, declaration.DeclarationGroup) is not { } name || declaration.Parent is not IBlockOperation block)
                return;
            var rest = block.Operations.SkipWhile(o => o != declaration).Skip(1);
            ReportAwaits(context, name, rest);
        }

        /// <summary>Checks an async body, then the async lambdas and local functions inside any body.</summary>
        private static void AnalyzeExplicitRegions(System.Action<Diagnostic> report, RivetSymbols symbols, IOperation body, bool isAsync)
        {
            if (isAsync)
            {
                foreach (var (await, lockText) in ExplicitLockRegions.AwaitsWhileHeld(symbols, body))
                    report(Diagnostic.Create(Descriptors.MaskingLockHeldAcrossAwait, await.Syntax.GetLocation(), lockText));
            }

            foreach (var nested in NestedFunctions(body))
            {
                var symbol = nested is IAnonymousFunctionOperation lambda ? lambda.Symbol : ((ILocalFunctionOperation)nested).Symbol;
                foreach (var child in nested.ChildOperations)
                    AnalyzeExplicitRegions(report, symbols, child, symbol.IsAsync);
            }
        }

        /// <summary>The lambdas and local functions directly inside <paramref name="operation"/> (not nested in another one).</summary>
        private static IEnumerable<IOperation> NestedFunctions(IOperation operation)
        {
            foreach (var child in operation.ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    yield return child;
                    continue;
                }

                foreach (var nested in NestedFunctions(child))
                    yield return nested;
            }
        }

        /// <summary>The guard expression's text when it holds a masking lock, else null.</summary>
        private static string? MaskingLockName(RivetSymbols symbols, IOperation resources)
        {
            foreach (var value in Values(resources))
            {
                var unwrapped = value is IConversionOperation conversion ? conversion.Operand : value;
                var holdsLock = symbols.IsInterruptMaskingLock(unwrapped.Type)
                    || unwrapped is IInvocationOperation invocation && symbols.IsInterruptMaskingLock(invocation.TargetMethod.ContainingType);
                if (holdsLock)
                    return unwrapped.Syntax.ToString();
            }

            return null;
        }

        /// <summary>The resource expressions of a using: a plain expression or the declarators' initializers.</summary>
        private static IEnumerable<IOperation> Values(IOperation resources) => resources switch
        {
            IVariableDeclarationGroupOperation group => group.Declarations
                .SelectMany(d => d.Declarators)
                .Where(d => d.Initializer is not null)
                .Select(d => d.Initializer!.Value),
            _ => new[] { resources },
        };

        private static void ReportAwaits(OperationAnalysisContext context, string lockName, IEnumerable<IOperation> scope)
        {
            foreach (var await in scope.SelectMany(AwaitsIn))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MaskingLockHeldAcrossAwait, await.Syntax.GetLocation(), lockName));
        }

        /// <summary>Awaits that run in this method: not those inside lambdas or local functions.</summary>
        private static IEnumerable<IOperation> AwaitsIn(IOperation operation)
        {
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
                yield break;
            if (operation is IAwaitOperation || operation is IUsingOperation { IsAsynchronous: true } || operation is IForEachLoopOperation { IsAsynchronous: true })
                yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                foreach (var found in AwaitsIn(child))
                    yield return found;
            }
        }
    }
}
