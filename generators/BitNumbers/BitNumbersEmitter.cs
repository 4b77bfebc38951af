using Rivet.Generators.Common;

namespace Rivet.Generators.BitNumbers
{
    /// <summary>Writes the flags enum: each member is 1 shifted left by its bit number.</summary>
    internal static class BitNumbersEmitter
    {
        public static string Emit(BitNumbersDeclaration bits)
        {
            var w = new SourceWriter("BitNumbersGenerator");
            if (bits.FlagsBits == 0)
                w.Line($"#error {bits.EnumName}: flags type {bits.FlagsType} is not byte, ushort, uint or ulong");
            if (!Identifiers.IsValid(bits.FlagsName))
                w.Line($"#error {bits.EnumName}: '{bits.FlagsName}' cannot name an enum");
            foreach (var bit in bits.Bits)
            {
                if (bit.Number < 0 || bit.Number >= bits.FlagsBits)
                    w.Line($"#error {bits.EnumName}.{bit.Name}: bit {bit.Number} does not fit {bits.FlagsType}");
            }

            // An int constant converts to byte/ushort when it fits; uint and ulong need their suffix.
            var one = bits.FlagsBits switch { 64 => "1UL", 32 => "1U", _ => "1" };
            w.OpenNamespace(bits.Namespace);
            w.Line($"/// <summary>The bits of <see cref=\"{bits.EnumName}\"/> as a mask.</summary>");
            w.Line("[global::System.Flags]");
            w.Open($"{bits.Accessibility} enum {bits.FlagsName} : {bits.FlagsType}");
            w.Line("None = 0,");
            foreach (var bit in bits.Bits)
                w.Line($"{bit.Name} = {one} << {bit.Number},");
            w.Close();
            w.CloseNamespace(bits.Namespace);
            return w.ToString();
        }
    }
}
