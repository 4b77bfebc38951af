using Microsoft.CodeAnalysis;

namespace Rivet.Generators.Common
{
    /// <summary>How generated code names the symbols it was declared with.</summary>
    internal static class SymbolNames
    {
        /// <summary><c>global::Namespace.Type</c>, unambiguous wherever the generated code lands.</summary>
        public static string FullyQualified(ITypeSymbol type) =>
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        /// <summary>The containing namespace, or "" for the global namespace.</summary>
        public static string NamespaceOf(ISymbol symbol) =>
            symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

        /// <summary>A hint name unique per type: <c>Namespace.Type.suffix.g.cs</c>.</summary>
        public static string HintName(string ns, string typeName, string suffix) =>
            (ns.Length > 0 ? ns + "." : string.Empty) + typeName + "." + suffix + ".g.cs";
    }
}
