using Rivet.Generators.Common;

namespace Rivet.Generators.TrapFrame
{
    /// <summary>Writes the trap frame struct and its exported offsets class.</summary>
    internal static class TrapFrameEmitter
    {
        public static string Emit(TrapFrameDeclaration frame, int xlen)
        {
            var (slots, size, errors) = TrapFrameLayout.Place(frame, xlen);
            var w = new SourceWriter("TrapFrameGenerator", xlen);
            foreach (var error in errors)
                w.Line("#error " + error);
            w.OpenNamespace(frame.Namespace);

            w.Line($"[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Explicit, Size = {frame.OffsetsClass}.Size)]");
            w.Open($"partial struct {frame.TypeName}");
            for (var i = 0; i < slots.Count; i++)
            {
                if (i > 0)
                    w.Line();
                w.Line($"[global::System.Runtime.InteropServices.FieldOffset({frame.OffsetsClass}.{slots[i].Name})]");
                w.Line($"public {slots[i].Type} {slots[i].Name};");
            }

            w.Close();
            w.Line();
            w.Line($"/// <summary>Byte offsets of <see cref=\"{frame.TypeName}\"/>'s slots, shared with the trap entry assembly.</summary>");
            w.Line($"[global::Rivet.ExportConstants(LayoutOf = typeof({frame.TypeName}))]");
            w.Open($"public static class {frame.OffsetsClass}");
            foreach (var slot in slots)
                w.Line($"public const int {slot.Name} = {slot.Offset};");
            w.Line();
            w.Line($"/// <summary>The frame's size, a multiple of {TrapFrameLayout.FrameAlignment} (RISC-V psABI stack alignment).</summary>");
            w.Line($"public const int Size = {size};");
            w.Close();

            w.CloseNamespace(frame.Namespace);
            return w.ToString();
        }
    }
}
