using System.Text;
using Rivet.Compiler.Targets.SourceLines;
using Xunit;

namespace Rivet.Compiler.UnitTests;

/// <summary>The pc → C# line table of kernel images (docs/runtime-abi.md § Source lines): DWARF 5 line
/// programs decoded, C# rows kept, gaps marked, names made relative; bad input is a clear error.</summary>
public sealed class SourceLineTableTests
{
    private static readonly (ulong Start, ulong End)[] Code = [(0x1000, 0x1020)];

    [Fact]
    public void RowsOfCSharpFilesBecomeMergedRangesWithGapsMarked()
    {
        var table = SourceLineTable.Build(DwarfLineReader.Read(SampleUnit(), default, default, 8), Code);

        Assert.Equal(0x1000UL, table.Base);
        Assert.Equal(["A.cs", "Sub/B.cs"], table.Files);
        Assert.Equal(
        [
            new SourceLineTable.Row(0x0, 0, 10),     // 0x1000 and 0x1004 both A.cs:10: one row
            new SourceLineTable.Row(0x8, 0, 11),     // a special opcode: +4 bytes, +1 line
            new SourceLineTable.Row(0xc, SourceLineTable.NoFile, 0),   // x.c: not C#
            new SourceLineTable.Row(0x10, 1, 16),
            new SourceLineTable.Row(0x14, SourceLineTable.NoFile, 0),  // end of the sequence
        ], table.Rows);
    }

    [Fact]
    public void TheTableIsWrittenAsCWithItsHeaderInItsOwnSection()
    {
        var table = SourceLineTable.Build(DwarfLineReader.Read(SampleUnit(), default, default, 8), Code);
        string c = SourceLineTableWriter.C(table);

        Assert.Contains("{ 0x8u, 0xbu },", c);            // file 0 << 20 | line 11
        Assert.Contains("{ 0x10u, 0x100010u },", c);      // file 1 << 20 | line 16
        Assert.Contains("\"Sub/B.cs\\000\"", c);
        Assert.Contains("RIVET_SOURCE_LINES_HEADER const RivetSourceLineTable rivet_source_lines = { (uintptr_t)0x1000ull, 5u, 2u,", c);
        Assert.Contains("RIVET_SOURCE_LINES_HEADER const RivetSourceLineTable rivet_source_lines = { 0, 0, 0, 0, 0, 0 };", SourceLineTableWriter.EmptyC());
    }

    [Fact]
    public void AnEmptyLineSectionIsAClearError()
    {
        var error = Assert.Throws<SourceLineException>(() => SourceLineTable.Build(DwarfLineReader.Read(default, default, default, 8), Code));
        Assert.Contains("has no rows: was it compiled with -g?", error.Message);
    }

    [Fact]
    public void RowsOfCAloneGiveATableWithoutFiles()
    {
        var rows = new List<LineRow> { new(0x1000, "/src/start.c", 3, false), new(0x1010, "/src/start.c", 0, true) };
        var table = SourceLineTable.Build(rows, Code);
        Assert.Empty(table.Files);
        Assert.All(table.Rows, row => Assert.Equal(SourceLineTable.NoFile, row.File));
    }

    [Fact]
    public void ATruncatedUnitIsAClearError()
    {
        byte[] unit = SampleUnit();
        var error = Assert.Throws<SourceLineException>(() => DwarfLineReader.Read(unit.AsMemory(0, unit.Length - 10), default, default, 8));
        Assert.Contains(".debug_line unit at offset 0x0: the unit runs past the end of .debug_line", error.Message);
    }

    [Fact]
    public void ASequenceWithoutItsEndIsAClearError()
    {
        var rows = new List<LineRow> { new(0x1000, "/src/A.cs", 1, false) };
        var error = Assert.Throws<SourceLineException>(() => SourceLineTable.Build(rows, Code));
        Assert.Contains("no end-of-sequence row", error.Message);
    }

    [Fact]
    public void AFileThatIsNotElfIsAClearError()
    {
        var error = Assert.Throws<SourceLineException>(() => new ElfImage(Encoding.ASCII.GetBytes("#!/bin/sh\necho not an image\n")));
        Assert.Contains("not an ELF file", error.Message);
        Assert.Throws<SourceLineException>(() => new ElfImage([]));
    }

    /// <summary>One DWARF 5 line-number unit (DWARF 5, 6.2), written by hand: directories /src,
    /// /src/kernel, /src/kernel/Sub; files x.c, A.cs, B.cs; a sequence at 0x1000 and one the
    /// linker dropped (left at address 0, outside the code).</summary>
    private static byte[] SampleUnit()
    {
        const byte Copy = 1, AdvancePc = 2, AdvanceLine = 3, SetFile = 4, OpcodeBase = 13;
        var header = new List<byte> { 1, 1, 1, unchecked((byte)-5), 14, OpcodeBase };   // min inst, max ops, is_stmt, line_base, line_range
        header.AddRange([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]);                          // standard_opcode_lengths
        header.AddRange([1, 1, 0x08]);                                                    // directory format: path as string
        header.Add(3);
        foreach (var directory in new[] { "/src", "/src/kernel", "/src/kernel/Sub" }) header.AddRange(CString(directory));
        header.AddRange([2, 1, 0x08, 2, 0x0f]);                                          // file format: path string, directory udata
        header.Add(3);
        foreach (var (name, directory) in new[] { ("x.c", 0), ("A.cs", 1), ("B.cs", 2) })
        {
            header.AddRange(CString(name));
            header.Add((byte)directory);
        }

        var program = new List<byte>();
        program.AddRange(SetAddress(0x1000));
        program.AddRange([SetFile, 1, AdvanceLine, 9, Copy]);                             // 0x1000 A.cs:10
        program.AddRange([AdvancePc, 4, Copy]);                                           // 0x1004 A.cs:10
        program.Add(OpcodeBase + 4 * 14 + (1 - -5));                                      // 0x1008 A.cs:11
        program.AddRange([AdvancePc, 4, SetFile, 0, Copy]);                               // 0x100c x.c:11
        program.AddRange([AdvancePc, 4, SetFile, 2, AdvanceLine, 5, Copy]);               // 0x1010 B.cs:16
        program.AddRange([AdvancePc, 4, 0, 1, 1]);                                        // 0x1014 end_sequence
        program.AddRange(SetAddress(0));
        program.AddRange([SetFile, 1, Copy, AdvancePc, 8, 0, 1, 1]);                      // dropped code

        var afterLength = new List<byte>();
        afterLength.AddRange(BitConverter.GetBytes((ushort)5));
        afterLength.AddRange([8, 0]);                                                     // address size, segment selector size
        afterLength.AddRange(BitConverter.GetBytes((uint)header.Count));
        afterLength.AddRange(header);
        afterLength.AddRange(program);
        return [.. BitConverter.GetBytes((uint)afterLength.Count), .. afterLength];
    }

    private static byte[] SetAddress(ulong address) => [0, 9, 2, .. BitConverter.GetBytes(address)];

    private static byte[] CString(string text) => [.. Encoding.UTF8.GetBytes(text), 0];
}
