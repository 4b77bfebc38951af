using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.InterruptContext
{
    /// <summary>What one method body does that matters in interrupt context, and whom it calls.</summary>
    internal sealed class MethodFacts
    {
        public List<Violation> Violations { get; } = new List<Violation>();

        /// <summary>Methods, accessors, constructors and operators called from the body (original definitions).</summary>
        public List<IMethodSymbol> Callees { get; } = new List<IMethodSymbol>();
    }

    /// <summary>A construct that is wrong only if the code runs in interrupt context.</summary>
    internal sealed record Violation(DiagnosticDescriptor Rule, Location Location, string What);
}
