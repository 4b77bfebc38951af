using System.Linq;
using Microsoft.CodeAnalysis;
using Rivet.Generators.Common;

namespace Rivet.Generators.Csr
{
    /// <summary>
    /// Generates the typed CSR structs declared with <c>[Rivet.Csr]</c> (docs/generators.md).
    /// Pipeline: declarations (value-equal models, independent of XLEN) × XLEN → one file per CSR.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CsrGenerator : IIncrementalGenerator
    {
        public const string CsrAttribute = "Rivet.CsrAttribute";
        private const string FieldAttribute = "Rivet.CsrFieldAttribute";
        private const string CauseAttribute = "Rivet.CsrCauseAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
                CsrAttribute,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax,
                transform: static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
                .WithTrackingName(TrackingNames.Declarations);

            var perTarget = declarations.Combine(TargetXlen.Provider(context)).WithTrackingName(TrackingNames.PerTarget);

            context.RegisterSourceOutput(perTarget, static (spc, pair) =>
            {
                var (csr, xlen) = pair;
                // A CSR of the other XLEN gets no members, so code that uses it does not compile.
                if (!csr.ExistsOn(xlen))
                    return;
                spc.AddSource(SymbolNames.HintName(csr.Namespace, csr.TypeName, "Csr"), CsrEmitter.Emit(csr, xlen));
            });
        }

        private static CsrDeclaration Read(INamedTypeSymbol type, AttributeData csr)
        {
            // A malformed attribute is already a compiler error; -1 keeps the generator from guessing.
            var number = csr.ConstructorArguments.FirstOrDefault().Value as int? ?? -1;
            var highHalf = csr.NamedArguments.FirstOrDefault(a => a.Key == "HighHalf").Value.Value as int? ?? 0;
            var xlen = csr.NamedArguments.FirstOrDefault(a => a.Key == "Xlen").Value.Value as int? ?? 0;
            var fields = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == FieldAttribute && a.ConstructorArguments.Length == 3)
                .Select(ReadField);
            var cause = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == CauseAttribute && a.ConstructorArguments.Length == 2)
                .Select(a => new CsrCauseDeclaration(
                    SymbolNames.FullyQualified((ITypeSymbol)a.ConstructorArguments[0].Value!),
                    SymbolNames.FullyQualified((ITypeSymbol)a.ConstructorArguments[1].Value!)))
                .FirstOrDefault();
            return new CsrDeclaration(SymbolNames.NamespaceOf(type), type.Name, number, highHalf, xlen,
                new EquatableArray<CsrFieldDeclaration>(fields), cause);
        }

        private static CsrFieldDeclaration ReadField(AttributeData field)
        {
            var enumType = field.NamedArguments.FirstOrDefault(a => a.Key == "Type").Value.Value as ITypeSymbol;
            var xlen = field.NamedArguments.FirstOrDefault(a => a.Key == "Xlen").Value.Value as int? ?? 0;
            var readOnly = field.NamedArguments.FirstOrDefault(a => a.Key == "ReadOnly").Value.Value as bool? ?? false;
            return new CsrFieldDeclaration(
                (string)field.ConstructorArguments[0].Value!,
                (int)field.ConstructorArguments[1].Value!,
                (int)field.ConstructorArguments[2].Value!,
                enumType is null ? null : SymbolNames.FullyQualified(enumType),
                xlen,
                readOnly);
        }
    }
}
