using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Rivet.Analyzers.Common;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>
    /// Walks a method's operations and records, per method (local functions and lambdas count as
    /// their own methods), the calls it makes and the constructs that allocate, block, or take a
    /// lock that does not mask interrupts.
    /// </summary>
    internal sealed class FactCollector
    {
        private readonly RivetSymbols _symbols;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _facts;

        public FactCollector(RivetSymbols symbols, ConcurrentDictionary<IMethodSymbol, MethodFacts> facts)
        {
            _symbols = symbols;
            _facts = facts;
        }

        public void Collect(IMethodSymbol method, ImmutableArray<IOperation> blocks)
        {
            RecordStateMachine(method);
            foreach (var block in blocks)
                Walk(block, method);
        }

        private MethodFacts FactsOf(IMethodSymbol method) =>
            _facts.GetOrAdd(method.OriginalDefinition, static _ => new MethodFacts());

        private void Add(IMethodSymbol owner, DiagnosticDescriptor rule, IOperation at, string what)
        {
            var facts = FactsOf(owner);
            lock (facts)
                facts.Violations.Add(new Violation(rule, at.Syntax.GetLocation(), what));
        }

        private void Call(IMethodSymbol owner, IMethodSymbol? callee)
        {
            if (callee is null)
                return;
            var facts = FactsOf(owner);
            lock (facts)
                facts.Callees.Add(callee.OriginalDefinition);
        }

        /// <summary>Async methods and iterators allocate their state machine (and task or enumerator).</summary>
        private void RecordStateMachine(IMethodSymbol method)
        {
            var kind = method.IsAsync ? "async method" : method.IsIterator ? "iterator" : null;
            if (kind is null || method.Locations.FirstOrDefault() is not { IsInSource: true } location)
                return;
            var facts = FactsOf(method);
            lock (facts)
                facts.Violations.Add(new Violation(Descriptors.AllocationInInterruptContext, location, $"{kind} '{method.Name}'"));
        }

        private void Walk(IOperation operation, IMethodSymbol owner)
        {
            switch (operation)
            {
                case IAttributeOperation:
                    // Attribute arguments are metadata, not code that runs.
                    return;
                case ILocalFunctionOperation local:
                    RecordStateMachine(local.Symbol);
                    foreach (var child in local.ChildOperations)
                        Walk(child, local.Symbol);
                    return;
                case IAnonymousFunctionOperation lambda:
                    // The delegate itself is reported at its IDelegateCreationOperation; the body runs
                    // only when someone invokes the delegate, which this analysis cannot follow.
                    foreach (var child in lambda.ChildOperations)
                        Walk(child, lambda.Symbol);
                    return;
            }

            Inspect(operation, owner);
            foreach (var child in operation.ChildOperations)
                Walk(child, owner);
        }

        private void Inspect(IOperation operation, IMethodSymbol owner)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    Call(owner, invocation.TargetMethod);
                    if (_symbols.IsBlocking(invocation.TargetMethod))
                        Add(owner, Descriptors.BlockingInInterruptContext, operation, $"'{Display(invocation.TargetMethod)}'");
                    if (_symbols.IsTaskOnlyLock(invocation.TargetMethod.ContainingType))
                        Add(owner, Descriptors.NonMaskingLockInInterruptContext, operation, $"Task-only lock call '{Display(invocation.TargetMethod)}'");
                    else if (IsMonitorStyleAcquire(invocation.TargetMethod))
                        Add(owner, Descriptors.NonMaskingLockInInterruptContext, operation, $"'{Display(invocation.TargetMethod)}'");
                    break;
                case ILockOperation:
                    Add(owner, Descriptors.NonMaskingLockInInterruptContext, operation, "A lock statement");
                    break;
                case IObjectCreationOperation creation:
                    Call(owner, creation.Constructor);
                    if (creation.Type is { IsReferenceType: true } created)
                        Add(owner, Descriptors.AllocationInInterruptContext, operation, $"'new {created.ToDisplayString()}'");
                    if (creation.Constructor is { } constructor && _symbols.IsBlocking(constructor))
                        Add(owner, Descriptors.BlockingInInterruptContext, operation, $"'{Display(constructor)}'");
                    break;
                case IAnonymousObjectCreationOperation:
                    Add(owner, Descriptors.AllocationInInterruptContext, operation, "An anonymous object");
                    break;
                case IArrayCreationOperation array:
                    Add(owner, Descriptors.AllocationInInterruptContext, operation, IsParamsArray(array)
                        ? "The params array of this call"
                        : $"'new {array.Type?.ToDisplayString()}'");
                    break;
                case ICollectionExpressionOperation { Type: IArrayTypeSymbol or INamedTypeSymbol { IsReferenceType: true } } collection:
                    Add(owner, Descriptors.AllocationInInterruptContext, operation, $"A collection expression of type '{collection.Type!.ToDisplayString()}'");
                    break;
                case IDelegateCreationOperation { Target: var target }:
                    Add(owner, Descriptors.AllocationInInterruptContext, operation, target is IAnonymousFunctionOperation
                        ? "A lambda (its delegate and any closure)"
                        : "A method group converted to a delegate");
                    break;
                case IConversionOperation conversion:
                    Call(owner, conversion.OperatorMethod);
                    if (conversion.GetConversion().IsBoxing)
                        Add(owner, Descriptors.AllocationInInterruptContext, operation,
                            $"Boxing '{conversion.Operand.Type?.ToDisplayString()}' to '{conversion.Type?.ToDisplayString()}'");
                    break;
                case IBinaryOperation binary:
                    Call(owner, binary.OperatorMethod);
                    if (IsStringConcatenation(binary) && !IsStringConcatenation(binary.Parent))
                        Add(owner, Descriptors.AllocationInInterruptContext, operation, "String concatenation");
                    break;
                case IInterpolatedStringOperation interpolated
                    when !interpolated.ConstantValue.HasValue && interpolated.Parent is not IInterpolatedStringHandlerCreationOperation:
                    Add(owner, Descriptors.AllocationInInterruptContext, operation, "String interpolation");
                    break;
                case IUnaryOperation unary:
                    Call(owner, unary.OperatorMethod);
                    break;
                case IIncrementOrDecrementOperation increment:
                    Call(owner, increment.OperatorMethod);
                    break;
                case ICompoundAssignmentOperation compound:
                    Call(owner, compound.OperatorMethod);
                    if (compound.OperatorKind == BinaryOperatorKind.Add && compound.Type?.SpecialType == SpecialType.System_String)
                        Add(owner, Descriptors.AllocationInInterruptContext, operation, "String concatenation");
                    break;
                case IPropertyReferenceOperation property:
                    foreach (var accessor in AccessorsUsed(property))
                        Call(owner, accessor);
                    break;
            }
        }

        /// <summary>Explicit acquisition of .NET's locks, which know nothing of interrupts: Monitor.Enter/TryEnter, Lock.Enter/TryEnter/EnterScope.</summary>
        private static bool IsMonitorStyleAcquire(IMethodSymbol method) =>
            method.ContainingType?.ToDisplayString() is "System.Threading.Monitor" or "System.Threading.Lock"
            && method.Name is "Enter" or "TryEnter" or "EnterScope";

        private static bool IsParamsArray(IArrayCreationOperation array) =>
            array.IsImplicit && array.Parent is IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray };

        private static bool IsStringConcatenation(IOperation? operation) =>
            operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary
            && !binary.ConstantValue.HasValue;

        /// <summary>The getter for a read, the setter for an assignment target, both for compound assignment.</summary>
        private static IMethodSymbol?[] AccessorsUsed(IPropertyReferenceOperation property) => property.Parent switch
        {
            ISimpleAssignmentOperation assignment when assignment.Target == property => new[] { property.Property.SetMethod },
            ICompoundAssignmentOperation or IIncrementOrDecrementOperation or ICoalesceAssignmentOperation =>
                new[] { property.Property.GetMethod, property.Property.SetMethod },
            _ => new[] { property.Property.GetMethod },
        };

        internal static string Display(IMethodSymbol method) =>
            method.MethodKind switch
            {
                MethodKind.LocalFunction => $"{DisplayContaining(method)}.{method.Name}",
                MethodKind.AnonymousFunction => $"lambda in {DisplayContaining(method)}",
                MethodKind.Constructor => $"{method.ContainingType.Name}.{method.ContainingType.Name}",
                _ => $"{method.ContainingType?.Name}.{method.Name}",
            };

        private static string DisplayContaining(IMethodSymbol method) =>
            method.ContainingSymbol is IMethodSymbol containing ? Display(containing) : method.ContainingType?.Name ?? "?";
    }
}
