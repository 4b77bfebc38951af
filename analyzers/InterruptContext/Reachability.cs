using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>
    /// Breadth-first search of the call graph from the handlers: for every method reachable from
    /// one, the shortest call chain that reaches it (from the first handler in source order).
    /// A call to a virtual or interface method also reaches every override and implementation in
    /// the compilation; calls through delegates are not followed.
    /// </summary>
    internal static class Reachability
    {
        public static Dictionary<IMethodSymbol, IReadOnlyList<IMethodSymbol>> ChainsFrom(
            IEnumerable<IMethodSymbol> handlers,
            IReadOnlyDictionary<IMethodSymbol, MethodFacts> facts)
        {
            var dispatch = DispatchTargets.Of(facts.Keys);
            var chains = new Dictionary<IMethodSymbol, IReadOnlyList<IMethodSymbol>>(SymbolEqualityComparer.Default);
            var queue = new Queue<IMethodSymbol>();
            foreach (var handler in handlers)
            {
                if (chains.ContainsKey(handler))
                    continue;
                chains[handler] = new[] { handler };
                queue.Enqueue(handler);
            }

            while (queue.Count > 0)
            {
                var method = queue.Dequeue();
                var callees = facts.TryGetValue(method, out var methodFacts) ? methodFacts.Callees : new List<IMethodSymbol>();
                var overriders = dispatch.TryGetValue(method, out var found) ? found : new List<IMethodSymbol>();
                foreach (var callee in callees.Concat(overriders))
                {
                    if (chains.ContainsKey(callee))
                        continue;
                    chains[callee] = chains[method].Concat(new[] { callee }).ToList();
                    queue.Enqueue(callee);
                }
            }

            return chains;
        }
    }
}
