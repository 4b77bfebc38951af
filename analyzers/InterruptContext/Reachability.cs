using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>
    /// Breadth-first search of the call graph from the handlers: for every method reachable from
    /// one, the shortest call chain that reaches it (from the first handler in source order).
    /// </summary>
    internal static class Reachability
    {
        public static Dictionary<IMethodSymbol, IReadOnlyList<IMethodSymbol>> ChainsFrom(
            IEnumerable<IMethodSymbol> handlers,
            IReadOnlyDictionary<IMethodSymbol, MethodFacts> facts)
        {
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
                if (!facts.TryGetValue(method, out var methodFacts))
                    continue;
                foreach (var callee in methodFacts.Callees)
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
