using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rivet.Generators.Common;

namespace Rivet.Generators.TrapFrame
{
    /// <summary>
    /// Generates the trap frame declared with <c>[Rivet.TrapFrame]</c>: explicit field offsets for
    /// the target XLEN and an <c>[ExportConstants]</c> offsets class for the assembly, whose
    /// constants the IL→C compiler checks against the struct with <c>_Static_assert</c>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TrapFrameGenerator : IIncrementalGenerator
    {
        private const string FrameAttribute = "Rivet.TrapFrameAttribute";
        private const string SlotsAttribute = "Rivet.TrapFrameSlotsAttribute";
        private const string FloatSlotsAttribute = "Rivet.TrapFrameFloatSlotsAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
                FrameAttribute,
                predicate: static (node, _) => node is StructDeclarationSyntax,
                transform: static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
                .WithTrackingName(TrackingNames.Declarations);

            var perTarget = declarations.Combine(TargetXlen.Provider(context)).WithTrackingName(TrackingNames.PerTarget);

            context.RegisterSourceOutput(perTarget, static (spc, pair) =>
            {
                var (frame, xlen) = pair;
                spc.AddSource(SymbolNames.HintName(frame.Namespace, frame.TypeName, "TrapFrame"), TrapFrameEmitter.Emit(frame, xlen));
            });
        }

        private static TrapFrameDeclaration Read(INamedTypeSymbol type, AttributeData frame)
        {
            var offsetsClass = frame.NamedArguments.FirstOrDefault(a => a.Key == "OffsetsClass").Value.Value as string
                ?? type.Name + "Offsets";
            // Attributes come back in source order, which is the order the trap saves the slots.
            var slots = type.GetAttributes()
                .Select(a => (Kind: a.AttributeClass?.ToDisplayString(), Names: a.ConstructorArguments.FirstOrDefault()))
                .Where(a => a.Kind == SlotsAttribute || a.Kind == FloatSlotsAttribute)
                .SelectMany(a => a.Names.Values.Select(n => new TrapFrameSlot((string)n.Value!, a.Kind == FloatSlotsAttribute)));
            return new TrapFrameDeclaration(SymbolNames.NamespaceOf(type), type.Name, offsetsClass,
                new EquatableArray<TrapFrameSlot>(slots));
        }
    }
}
