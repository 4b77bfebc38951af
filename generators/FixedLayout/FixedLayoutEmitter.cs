using System.Collections.Generic;
using System.Linq;
using Rivet.Generators.Common;

namespace Rivet.Generators.FixedLayout
{
    /// <summary>Writes a fixed-layout struct and its exported layout class.</summary>
    internal static class FixedLayoutEmitter
    {
        public static string Emit(FixedLayoutDeclaration layout)
        {
            var result = NaturalLayout.Place(layout);
            var layoutClass = layout.TypeName + "Layout";
            var w = new SourceWriter("FixedLayoutGenerator");
            foreach (var error in result.Errors)
                w.Line("#error " + error);
            w.OpenNamespace(layout.Namespace);

            if (layout.Specification is { } specification)
                w.Line($"/// <summary>Layout as specified in {specification}.</summary>");
            w.Line($"[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Explicit, Size = {layoutClass}.Size)]");
            w.Open($"partial struct {layout.TypeName}");
            var first = true;
            foreach (var placed in result.Fixed.Where(p => p.Field.Count == 1))
            {
                if (!first)
                    w.Line();
                first = false;
                w.Line($"[global::System.Runtime.InteropServices.FieldOffset({layoutClass}.{placed.Field.Name})]");
                w.Line($"public {placed.Field.Type} {placed.Field.Name};");
            }

            w.Close();
            w.Line();
            w.Line($"/// <summary>Byte offsets of <see cref=\"{layout.TypeName}\"/>'s fields, checked against the C struct by the IL→C compiler.</summary>");
            w.Line($"[global::Rivet.ExportConstants(LayoutOf = typeof({layout.TypeName}))]");
            w.Open($"public static class {layoutClass}");
            foreach (var placed in result.Fixed)
            {
                if (placed.Field.Count > 1)
                    w.Line($"/// <summary>{placed.Field.Name}: {placed.Field.Count} × {placed.Field.Type}, no C# field.</summary>");
                w.Line($"public const int {placed.Field.Name} = {placed.Offset};");
            }

            if (result.FlexibleArray is { } array)
                EmitFlexibleArray(w, array, result.AfterArray);

            w.Line();
            w.Line(result.FlexibleArray is null
                ? "/// <summary>sizeof the C struct: the fields, padded to a multiple of the alignment.</summary>"
                : "/// <summary>sizeof the C struct: the fields before the flexible array, padded to the alignment.</summary>");
            w.Line($"public const int Size = {result.HeaderSize};");
            w.Line();
            w.Line($"public const int Alignment = {result.Alignment};");
            w.Close();

            w.CloseNamespace(layout.Namespace);
            return w.ToString();
        }

        /// <summary>Offsets behind a run-time-sized array, as functions of its element count.</summary>
        private static void EmitFlexibleArray(SourceWriter w, NaturalLayout.Placed array, IReadOnlyList<FixedLayoutField> after)
        {
            var name = array.Field.Name;
            w.Line();
            w.Line($"/// <summary>Offset of {name}[0] ({array.Field.Type}[]); see <see cref=\"{name}ElementSize\"/>.</summary>");
            w.Line($"public const int {name} = {array.Offset};");
            w.Line();
            w.Line($"public const int {name}ElementSize = {array.Field.Size};");
            var end = $"{name} + {name}ElementSize * count";
            foreach (var field in after)
            {
                var offset = field.Alignment <= array.Field.Alignment ? end : $"({end} + {field.Alignment - 1}) & ~{field.Alignment - 1}";
                w.Line();
                w.Line($"/// <summary>Offset of {field.Name} ({field.Type}) behind <paramref name=\"count\"/> elements of {name}.</summary>");
                w.Line($"public static int {field.Name}(int count) => {offset};");
                end = $"{field.Name}(count) + {field.Size * field.Count}";
            }

            w.Line();
            w.Line($"/// <summary>Bytes the structure occupies with <paramref name=\"count\"/> elements of {name}, without tail padding.</summary>");
            w.Line($"public static int SizeWith(int count) => {end};");
        }
    }
}
