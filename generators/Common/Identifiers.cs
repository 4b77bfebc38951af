using Microsoft.CodeAnalysis.CSharp;

namespace Rivet.Generators.Common
{
    /// <summary>Checks on names that declarations turn into C# members.</summary>
    internal static class Identifiers
    {
        public static bool IsValid(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
    }
}
