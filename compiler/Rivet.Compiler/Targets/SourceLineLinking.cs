using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rivet.Compiler.Targets.SourceLines;

namespace Rivet.Compiler.Targets;

/// <summary>
/// Links a bare-metal image twice: first with an empty source-line table, then with the table
/// built from the first image's DWARF line rows (docs/runtime-abi.md § Source lines). The table's
/// section comes after everything it describes (kernel.ld), so the code must not move between the
/// two links; that is checked, and a moved byte of code fails the link.
/// </summary>
internal static class SourceLineLinking
{
    /// <param name="link">The GCC command line; it compiles <paramref name="sourceLinesC"/> into the image.</param>
    public static void LinkTwice(string gcc, IReadOnlyList<string> link, string sourceLinesC, string output)
    {
        File.WriteAllText(sourceLinesC, SourceLineTableWriter.EmptyC());
        ToolProcess.Run(gcc, link);
        var (firstCode, firstTable) = Read(gcc, link, output);
        if (firstTable.Files.Count == 0) return;   // no C# code: the empty table is the whole truth

        File.WriteAllText(sourceLinesC, SourceLineTableWriter.C(firstTable));
        ToolProcess.Run(gcc, link);
        var (secondCode, secondTable) = Read(gcc, link, output);

        if (!secondCode.SequenceEqual(firstCode) || !secondTable.SameAs(firstTable))
        {
            File.Delete(output);
            throw new ToolchainException(ToolProcess.ShellQuoted(gcc, link),
                $"Adding the source-line table to {output} moved its code, so the table no longer describes it. "
                + "The .rivet_source_lines sections must come after all code and everything code is laid out against (see kernel.ld).");
        }
    }

    private static (List<(ulong Address, ulong Size)> Code, SourceLineTable Table) Read(string gcc, IReadOnlyList<string> link, string output)
    {
        try
        {
            var image = new ElfImage(File.ReadAllBytes(output));
            return (image.CodeSections().Select(s => (s.Address, s.Size)).ToList(), SourceLineTable.FromImage(image));
        }
        catch (SourceLineException e)
        {
            throw new ToolchainException(ToolProcess.ShellQuoted(gcc, link), $"Cannot build the source-line table of {output}: {e.Message}", e);
        }
    }
}
