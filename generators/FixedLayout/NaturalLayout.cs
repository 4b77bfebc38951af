using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Rivet.Generators.Common;

namespace Rivet.Generators.FixedLayout
{
    /// <summary>
    /// Places fields as a C compiler does (C11 6.7.2.1 with the RISC-V psABI's natural alignment):
    /// each field at the next multiple of its alignment, the size rounded up to the largest
    /// alignment. Virtio's structures (virtio 1.2, 2.7) are written to need no hidden padding.
    /// </summary>
    internal static class NaturalLayout
    {
        public sealed record Placed(FixedLayoutField Field, int Offset);

        public sealed record Result(
            IReadOnlyList<Placed> Fixed,
            Placed? FlexibleArray,
            IReadOnlyList<FixedLayoutField> AfterArray,
            int HeaderSize,
            int Alignment,
            IReadOnlyList<string> Errors);

        public static Result Place(FixedLayoutDeclaration layout)
        {
            var errors = new List<string>();
            var placed = new List<Placed>();
            var after = new List<FixedLayoutField>();
            Placed? flexible = null;
            var offset = 0;
            var alignment = 1;
            foreach (var field in layout.Fields)
            {
                if (field.Size == 0)
                    errors.Add($"{layout.TypeName}.{field.Name}: {field.Type} has no fixed size (use an integer, an enum, or a [FixedLayout] struct)");
                else if (!Identifiers.IsValid(field.Name) || field.Name is "Size" or "Alignment")
                    errors.Add($"{layout.TypeName}: '{field.Name}' cannot name a field");
                else if (placed.Any(p => p.Field.Name == field.Name) || after.Any(f => f.Name == field.Name) || flexible?.Field.Name == field.Name)
                    errors.Add($"{layout.TypeName}.{field.Name} is declared twice");
                else if (field.FlexibleArray && flexible is not null)
                    errors.Add($"{layout.TypeName}.{field.Name}: only one flexible array is allowed");
                if (field.Size == 0)
                    continue;

                alignment = System.Math.Max(alignment, field.Alignment);
                if (flexible is not null)
                {
                    after.Add(field);
                    continue;
                }

                offset = AlignUp(offset, field.Alignment);
                if (field.FlexibleArray)
                {
                    flexible = new Placed(field, offset);
                    continue;
                }

                placed.Add(new Placed(field, offset));
                offset += field.Size * field.Count;
            }

            return new Result(placed, flexible, after, AlignUp(offset, alignment), alignment, errors);
        }

        /// <summary>How deep fixed-layout structs may nest; deeper (or cyclic) nesting has no fixed size.</summary>
        private const int MaxNesting = 8;

        /// <summary>Size and alignment of a field type, or (0, 0) when it has no fixed layout.</summary>
        public static (int Size, int Alignment) Measure(ITypeSymbol type, string fixedLayoutAttribute, string fieldAttribute, int depth)
        {
            if (type is INamedTypeSymbol { EnumUnderlyingType: { } underlying })
                type = underlying;
            switch (type.SpecialType)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                    return (1, 1);
                case SpecialType.System_UInt16:
                case SpecialType.System_Int16:
                    return (2, 2);
                case SpecialType.System_UInt32:
                case SpecialType.System_Int32:
                    return (4, 4);
                case SpecialType.System_UInt64:
                case SpecialType.System_Int64:
                    return (8, 8);
            }

            if (depth < MaxNesting && type is INamedTypeSymbol named && named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == fixedLayoutAttribute))
            {
                var nested = Place(FixedLayoutGenerator.Read(named, fieldAttribute, fixedLayoutAttribute, depth + 1));
                if (nested.Errors.Count == 0 && nested.FlexibleArray is null)
                    return (nested.HeaderSize, nested.Alignment);
            }

            return (0, 0);
        }

        public static int AlignUp(int value, int alignment) => (value + alignment - 1) / alignment * alignment;
    }
}
