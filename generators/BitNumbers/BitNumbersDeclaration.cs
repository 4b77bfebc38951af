using Rivet.Generators.Common;

namespace Rivet.Generators.BitNumbers
{
    /// <summary>An enum of bit numbers and the flags enum to generate from it.</summary>
    internal sealed record BitNumbersDeclaration(
        string Namespace,
        string Accessibility,
        string EnumName,
        string FlagsName,
        string FlagsType,
        int FlagsBits,
        EquatableArray<NumberedBit> Bits);

    internal sealed record NumberedBit(string Name, long Number);
}
