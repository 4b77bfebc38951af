using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>
    /// Where a virtual or interface call can land: for each overridden or implemented method, the
    /// methods of the compilation that override or implement it. A call to the declared method
    /// reaches all of them.
    /// </summary>
    internal static class DispatchTargets
    {
        public static Dictionary<IMethodSymbol, List<IMethodSymbol>> Of(IEnumerable<IMethodSymbol> methods)
        {
            var targets = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
            foreach (var method in methods)
            {
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                    Add(targets, overridden.OriginalDefinition, method);

                var type = method.ContainingType;
                if (type is null || method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                    continue;
                foreach (var member in type.AllInterfaces.SelectMany(i => i.GetMembers()).OfType<IMethodSymbol>())
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method))
                        Add(targets, member.OriginalDefinition, method);
                }
            }

            return targets;
        }

        private static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> targets, IMethodSymbol declared, IMethodSymbol target)
        {
            if (!targets.TryGetValue(declared, out var list))
                targets[declared] = list = new List<IMethodSymbol>();
            list.Add(target);
        }
    }
}
