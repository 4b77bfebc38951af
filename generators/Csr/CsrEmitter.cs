using Rivet.Generators.Common;

namespace Rivet.Generators.Csr
{
    /// <summary>
    /// Writes a CSR struct: the raw value, typed getters and With… methods per field, and static
    /// accessors that each become one csrr/csrw/csrs/csrc/csrrw through the
    /// <c>Rivet.Hardware.Csr</c> intrinsics (docs/runtime-abi.md, "Hardware access").
    /// </summary>
    internal static class CsrEmitter
    {
        private const string Intrinsics = "global::Rivet.Hardware.Csr";
        private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static string Emit(CsrDeclaration csr, int xlen)
        {
            var (fields, errors) = CsrLayout.Place(csr, xlen);
            var w = new SourceWriter("CsrGenerator", xlen);
            foreach (var error in errors)
                w.Line("#error " + error);
            w.OpenNamespace(csr.Namespace);
            var name = csr.TypeName;
            w.Open($"partial struct {name}");
            w.Line($"/// <summary>The CSR address of {name} (0x{csr.Number:X3}).</summary>");
            w.Line($"public const int Number = 0x{csr.Number:X3};");
            w.Line();
            w.Line("/// <summary>The register's bits as read or to be written.</summary>");
            w.Line("public readonly nuint Raw;");
            w.Line();
            w.Line($"public {name}(nuint raw) {{ Raw = raw; }}");

            foreach (var field in fields)
                EmitField(w, name, field);
            if (csr.Cause is { } cause)
                EmitCause(w, cause, xlen);
            EmitAccessors(w, csr, fields, xlen);

            w.Close();
            w.CloseNamespace(csr.Namespace);
            return w.ToString();
        }

        private static void EmitField(SourceWriter w, string name, CsrField field)
        {
            var placed = Literal(field.PlacedMask);
            var bits = field.Width == 1 ? $"bit {field.Low}" : $"bits {field.Low + field.Width - 1}:{field.Low}";
            w.Line();
            w.Line($"/// <summary>{field.Name}: {bits}.</summary>");
            if (field.IsFlag)
            {
                w.Line($"public bool {field.Name} => (Raw & {placed}) != 0;");
                if (field.ReadOnly)
                    return;
                w.Line();
                w.Line($"public {name} With{field.Name}(bool value) => new {name}(value ? Raw | {placed} : Raw & ~{placed});");
                return;
            }

            var mask = Literal(field.ValueMask);
            var type = field.EnumType ?? "nuint";
            var read = Shifted("Raw", field.Low);
            w.Line(field.EnumType is null
                ? $"public nuint {field.Name} => {read} & {mask};"
                : $"public {type} {field.Name} => ({type})({read} & {mask});");
            if (field.ReadOnly)
                return;
            w.Line();
            var value = field.EnumType is null ? "value" : "(nuint)value";
            w.Line($"public {name} With{field.Name}({type} value) => new {name}((Raw & ~{placed}) | {ShiftedLeft($"({value} & {mask})", field.Low)});");
        }

        /// <summary>Privileged spec 4.1.8: bit XLEN-1 is Interrupt, bits XLEN-2:0 the exception code.</summary>
        private static void EmitCause(SourceWriter w, CsrCauseDeclaration cause, int xlen)
        {
            var codeMask = Literal((1UL << (xlen - 1)) - 1);
            w.Line();
            w.Line($"/// <summary>Interrupt: bit {xlen - 1}.</summary>");
            w.Line($"public bool IsInterrupt => (Raw >> {xlen - 1}) != 0;");
            w.Line();
            w.Line($"/// <summary>Exception code: bits {xlen - 2}:0.</summary>");
            w.Line($"public nuint Code => Raw & {codeMask};");
            w.Line();
            w.Line("/// <summary>The code as an interrupt; meaningful only when <see cref=\"IsInterrupt\"/>.</summary>");
            w.Line($"public {cause.InterruptType} AsInterrupt => ({cause.InterruptType})Code;");
            w.Line();
            w.Line("/// <summary>The code as an exception; meaningful only when not <see cref=\"IsInterrupt\"/>.</summary>");
            w.Line($"public {cause.ExceptionType} AsException => ({cause.ExceptionType})Code;");
        }

        private static void EmitAccessors(SourceWriter w, CsrDeclaration csr, System.Collections.Generic.IReadOnlyList<CsrField> fields, int xlen)
        {
            var name = csr.TypeName;
            w.Line();
            w.Line("/// <summary>csrr: reads the register.</summary>");
            w.Line(Inline);
            w.Line($"public static {name} Read() => new {name}({Intrinsics}.Read(Number));");
            if (csr.HighHalf != 0)
                EmitRead64(w, csr, xlen);
            if (csr.IsReadOnly)
                return;
            if (csr.HighHalf != 0)
                EmitWrite64(w, xlen);

            w.Line();
            w.Line("/// <summary>csrw: writes the whole register.</summary>");
            w.Line(Inline);
            w.Line($"public static void Write({name} value) => {Intrinsics}.Write(Number, value.Raw);");
            w.Line();
            w.Line("/// <summary>csrs: sets the bits that are set in <paramref name=\"mask\"/>.</summary>");
            w.Line(Inline);
            w.Line($"public static void Set({name} mask) => {Intrinsics}.Set(Number, mask.Raw);");
            w.Line();
            w.Line("/// <summary>csrc: clears the bits that are set in <paramref name=\"mask\"/>.</summary>");
            w.Line(Inline);
            w.Line($"public static void Clear({name} mask) => {Intrinsics}.Clear(Number, mask.Raw);");
            w.Line();
            w.Line("/// <summary>csrrw: writes <paramref name=\"value\"/> and returns the previous value.</summary>");
            w.Line(Inline);
            w.Line($"public static {name} Swap({name} value) => new {name}({Intrinsics}.Swap(Number, value.Raw));");

            foreach (var field in fields)
            {
                if (!field.IsFlag || field.ReadOnly)
                    continue;
                var placed = Literal(field.PlacedMask);
                w.Line();
                w.Line($"/// <summary>csrs: sets {field.Name} (bit {field.Low}).</summary>");
                w.Line(Inline);
                w.Line($"public static void Set{field.Name}() => {Intrinsics}.Set(Number, {placed});");
                w.Line();
                w.Line($"/// <summary>csrc: clears {field.Name} (bit {field.Low}).</summary>");
                w.Line(Inline);
                w.Line($"public static void Clear{field.Name}() => {Intrinsics}.Clear(Number, {placed});");
            }
        }

        /// <summary>
        /// A 64-bit register. On rv32 the halves are read high, low, high until the high half is
        /// stable, so a carry between the two reads is never lost (unprivileged spec, Zicntr).
        /// </summary>
        private static void EmitRead64(SourceWriter w, CsrDeclaration csr, int xlen)
        {
            w.Line();
            w.Line($"/// <summary>The CSR address of the upper half on rv32 (0x{csr.HighHalf:X3}).</summary>");
            w.Line($"public const int HighHalfNumber = 0x{csr.HighHalf:X3};");
            w.Line();
            w.Line("/// <summary>Reads the full 64-bit value.</summary>");
            if (xlen == 64)
            {
                w.Line(Inline);
                w.Line($"public static ulong Read64() => {Intrinsics}.Read(Number);");
                return;
            }

            w.Open("public static ulong Read64()");
            w.Line("nuint high, low;");
            w.Open("do");
            w.Line($"high = {Intrinsics}.Read(HighHalfNumber);");
            w.Line($"low = {Intrinsics}.Read(Number);");
            w.Close($" while (high != {Intrinsics}.Read(HighHalfNumber));");
            w.Line("return ((ulong)high << 32) | low;");
            w.Close();
        }

        /// <summary>
        /// Writes a 64-bit compare register. On rv32 the low half is first set to all ones, so no
        /// intermediate value is smaller than both the old and the new one and no spurious
        /// interrupt fires (privileged spec 3.2.1, the mtimecmp sequence; Sstc uses it for stimecmp).
        /// </summary>
        private static void EmitWrite64(SourceWriter w, int xlen)
        {
            w.Line();
            w.Line("/// <summary>Writes the full 64-bit value.</summary>");
            if (xlen == 64)
            {
                w.Line(Inline);
                w.Line($"public static void Write64(ulong value) => {Intrinsics}.Write(Number, (nuint)value);");
                return;
            }

            w.Open("public static void Write64(ulong value)");
            w.Line($"{Intrinsics}.Write(Number, (nuint)0xFFFFFFFFu);");
            w.Line($"{Intrinsics}.Write(HighHalfNumber, (nuint)(uint)(value >> 32));");
            w.Line($"{Intrinsics}.Write(Number, (nuint)(uint)value);");
            w.Close();
        }

        private static string Shifted(string value, int low) => low == 0 ? value : $"({value} >> {low})";

        private static string ShiftedLeft(string value, int low) => low == 0 ? value : $"({value} << {low})";

        /// <summary>A nuint literal; unchecked because masks above bit 31 are not nuint constants in C#.</summary>
        private static string Literal(ulong value) =>
            value <= uint.MaxValue ? $"(nuint)0x{value:X}u" : $"unchecked((nuint)0x{value:X}UL)";
    }
}
