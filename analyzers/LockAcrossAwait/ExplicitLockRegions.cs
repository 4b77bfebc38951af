using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Rivet.Analyzers.Common;

namespace Rivet.Analyzers.LockAcrossAwait
{
    /// <summary>
    /// Finds awaits between an explicit acquire and release of an <c>[InterruptMaskingLock]</c>
    /// (<c>bool i = l.Acquire(); … l.Release(i);</c>), in source order within one body. Acquire
    /// methods are those whose name starts with Acquire, Lock or Enter; release methods start with
    /// Release, Unlock or Exit. The lock is identified by the receiver's text. Source order is an
    /// approximation of control flow: a release on one branch ends the region for the code after it.
    /// </summary>
    internal static class ExplicitLockRegions
    {
        private static readonly string[] s_acquirePrefixes = { "Acquire", "Lock", "Enter" };
        private static readonly string[] s_releasePrefixes = { "Release", "Unlock", "Exit" };

        /// <summary>Each await (or async using/foreach) in <paramref name="body"/> taken while a lock is held, with the lock's text.</summary>
        public static IEnumerable<(IOperation Await, string Lock)> AwaitsWhileHeld(RivetSymbols symbols, IOperation body)
        {
            var events = new List<(int Position, IOperation Operation, string? Acquired, string? Released)>();
            Collect(symbols, body, events);
            var held = new List<string>();
            foreach (var (_, operation, acquired, released) in events.OrderBy(e => e.Position))
            {
                if (acquired is not null)
                    held.Add(acquired);
                else if (released is not null)
                    held.Remove(released);
                else if (held.Count > 0)
                    yield return (operation, held[held.Count - 1]);
            }
        }

        private static void Collect(RivetSymbols symbols, IOperation operation, List<(int, IOperation, string?, string?)> events)
        {
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
                return;
            switch (operation)
            {
                case IInvocationOperation { Instance: { } receiver } invocation
                    when symbols.IsInterruptMaskingLock(invocation.TargetMethod.ContainingType) && !IsUsingResource(invocation):
                    var name = invocation.TargetMethod.Name;
                    var lockText = receiver.Syntax.ToString();
                    if (s_acquirePrefixes.Any(name.StartsWith))
                        events.Add((operation.Syntax.SpanStart, operation, lockText, null));
                    else if (s_releasePrefixes.Any(name.StartsWith))
                        events.Add((operation.Syntax.SpanStart, operation, null, lockText));
                    break;
                case IAwaitOperation:
                case IUsingOperation { IsAsynchronous: true }:
                case IForEachLoopOperation { IsAsynchronous: true }:
                    events.Add((operation.Syntax.SpanStart, operation, null, null));
                    break;
            }

            foreach (var child in operation.ChildOperations)
                Collect(symbols, child, events);
        }

        /// <summary>A guard taken by <c>using</c> is released by Dispose; the using check covers it.</summary>
        private static bool IsUsingResource(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IUsingOperation:
                    case IUsingDeclarationOperation:
                        return true;
                    case IConversionOperation:
                    case IVariableInitializerOperation:
                    case IVariableDeclaratorOperation:
                    case IVariableDeclarationOperation:
                    case IVariableDeclarationGroupOperation:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
