using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rivet.Generators.Common;

namespace Rivet.Generators.BitNumbers
{
    /// <summary>
    /// Generates a <c>[Flags]</c> enum from an enum of bit numbers marked <c>[Rivet.BitNumbers]</c>,
    /// so feature and status bits are declared exactly as specifications number them.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class BitNumbersGenerator : IIncrementalGenerator
    {
        private const string BitNumbersAttribute = "Rivet.BitNumbersAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
                BitNumbersAttribute,
                predicate: static (node, _) => node is EnumDeclarationSyntax,
                transform: static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
                .WithTrackingName(TrackingNames.Declarations);

            context.RegisterSourceOutput(declarations, static (spc, bits) =>
                spc.AddSource(SymbolNames.HintName(bits.Namespace, bits.FlagsName, "BitNumbers"), BitNumbersEmitter.Emit(bits)));
        }

        private static BitNumbersDeclaration Read(INamedTypeSymbol type, AttributeData attribute)
        {
            var flagsName = attribute.ConstructorArguments[0].Value as string ?? type.Name + "Flags";
            var flagsType = attribute.ConstructorArguments[1].Value as ITypeSymbol;
            var (keyword, bits) = flagsType?.SpecialType switch
            {
                SpecialType.System_Byte => ("byte", 8),
                SpecialType.System_UInt16 => ("ushort", 16),
                SpecialType.System_UInt32 => ("uint", 32),
                SpecialType.System_UInt64 => ("ulong", 64),
                _ => (flagsType?.ToDisplayString() ?? "?", 0),
            };
            var numbered = type.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue)
                .Select(f => new NumberedBit(f.Name, System.Convert.ToInt64(f.ConstantValue)));
            var accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
            return new BitNumbersDeclaration(SymbolNames.NamespaceOf(type), accessibility, type.Name, flagsName, keyword, bits,
                new EquatableArray<NumberedBit>(numbered));
        }
    }
}
