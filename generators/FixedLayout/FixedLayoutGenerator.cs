using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rivet.Generators.Common;

namespace Rivet.Generators.FixedLayout
{
    /// <summary>
    /// Generates structs whose layout an external specification fixes (<c>[Rivet.FixedLayout]</c>,
    /// e.g. virtio's virtqueue structures): explicit offsets computed by C's rules, and an
    /// <c>[ExportConstants]</c> layout class the IL→C compiler checks against the C struct.
    /// Independent of XLEN: these layouts use fixed-width fields only.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FixedLayoutGenerator : IIncrementalGenerator
    {
        private const string LayoutAttribute = "Rivet.FixedLayoutAttribute";
        private const string FieldAttribute = "Rivet.FixedLayoutFieldAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
                LayoutAttribute,
                predicate: static (node, _) => node is StructDeclarationSyntax,
                transform: static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol, FieldAttribute, LayoutAttribute, depth: 0))
                .WithTrackingName(TrackingNames.Declarations);

            context.RegisterSourceOutput(declarations, static (spc, layout) =>
                spc.AddSource(SymbolNames.HintName(layout.Namespace, layout.TypeName, "FixedLayout"), FixedLayoutEmitter.Emit(layout)));
        }

        /// <param name="depth">How many fixed-layout structs enclose this one while measuring field sizes.</param>
        internal static FixedLayoutDeclaration Read(INamedTypeSymbol type, string fieldAttribute, string layoutAttribute, int depth)
        {
            var specification = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == layoutAttribute)
                .Select(a => a.NamedArguments.FirstOrDefault(n => n.Key == "Specification").Value.Value as string)
                .FirstOrDefault();
            var fields = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == fieldAttribute && a.ConstructorArguments.Length == 2)
                .Select(a =>
                {
                    var fieldType = (ITypeSymbol)a.ConstructorArguments[1].Value!;
                    var (size, alignment) = SymbolEqualityComparer.Default.Equals(fieldType, type)
                        ? (0, 0)
                        : NaturalLayout.Measure(fieldType, layoutAttribute, fieldAttribute, depth);
                    var flexible = a.NamedArguments.FirstOrDefault(n => n.Key == "FlexibleArray").Value.Value as bool? ?? false;
                    var count = a.NamedArguments.FirstOrDefault(n => n.Key == "Count").Value.Value as int? ?? 1;
                    return new FixedLayoutField((string)a.ConstructorArguments[0].Value!, SymbolNames.FullyQualified(fieldType),
                        size, alignment, flexible, count < 1 ? 1 : count);
                });
            return new FixedLayoutDeclaration(SymbolNames.NamespaceOf(type), type.Name, specification,
                new EquatableArray<FixedLayoutField>(fields));
        }
    }
}
