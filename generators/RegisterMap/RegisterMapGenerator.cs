using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rivet.Generators.Common;

namespace Rivet.Generators.RegisterMap
{
    /// <summary>
    /// Generates offset constants for memory-mapped register maps declared with
    /// <c>[Rivet.RegisterMap]</c> (e.g. virtio-mmio, virtio 1.2 section 4.2.2), checking that
    /// registers are aligned to their width and do not overlap.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RegisterMapGenerator : IIncrementalGenerator
    {
        private const string MapAttribute = "Rivet.RegisterMapAttribute";
        private const string RegisterAttribute = "Rivet.RegisterAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
                MapAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax,
                transform: static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
                .WithTrackingName(TrackingNames.Declarations);

            context.RegisterSourceOutput(declarations, static (spc, map) =>
                spc.AddSource(SymbolNames.HintName(map.Namespace, map.TypeName, "RegisterMap"), RegisterMapEmitter.Emit(map)));
        }

        private static RegisterMapDeclaration Read(INamedTypeSymbol type, AttributeData map)
        {
            var specification = map.NamedArguments.FirstOrDefault(n => n.Key == "Specification").Value.Value as string;
            var registers = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == RegisterAttribute && a.ConstructorArguments.Length == 3)
                .Select(a => new Register(
                    (string)a.ConstructorArguments[0].Value!,
                    (int)a.ConstructorArguments[1].Value!,
                    a.NamedArguments.FirstOrDefault(n => n.Key == "Width").Value.Value as int? ?? 4,
                    AccessName((int)a.ConstructorArguments[2].Value!)));
            return new RegisterMapDeclaration(SymbolNames.NamespaceOf(type), type.Name, specification,
                new EquatableArray<Register>(registers.OrderBy(r => r.Offset)));
        }

        /// <summary>Rivet.RegisterAccess: Read = 1, Write = 2, ReadWrite = 3.</summary>
        private static string AccessName(int access) => access switch
        {
            1 => "read-only",
            2 => "write-only",
            3 => "read-write",
            _ => "invalid access " + access,
        };
    }
}
