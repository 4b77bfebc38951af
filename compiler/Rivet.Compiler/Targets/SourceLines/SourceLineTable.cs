using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Rivet.Compiler.Targets.SourceLines;

/// <summary>
/// The compact pc → C# file:line table of one linked image (runtime/native/core/rivet_source_lines.h):
/// the DWARF line rows of C# files, as address ranges relative to the lowest code address, adjacent
/// ranges of one line merged, and every stretch of code without a C# line (runtime C, glue, padding)
/// marked as such so the C# line before it does not claim it. File names are stored once, relative
/// to the deepest folder that holds every C# file (e.g. the repository: <c>kernel/Startup/KernelMain.cs</c>).
/// </summary>
public sealed record SourceLineTable(ulong Base, IReadOnlyList<string> Files, IReadOnlyList<SourceLineTable.Row> Rows)
{
    /// <summary>From <see cref="Base"/> + <see cref="Start"/> up to the next row's start, code is
    /// line <see cref="Line"/> of file <see cref="File"/>, or no C# line when File is <see cref="NoFile"/>.</summary>
    public readonly record struct Row(uint Start, int File, int Line);

    /// <summary>The file index of code without a C# line; also the number of file indexes there are.</summary>
    public const int NoFile = 0xFFF;
    public const int LineBits = 20;
    public const int MaxLine = (1 << LineBits) - 1;

    /// <summary>The table of a linked ELF image, from its <c>.debug_line</c> and code sections.</summary>
    public static SourceLineTable FromImage(ElfImage image)
    {
        var debugLine = image.SectionBytes(".debug_line")
            ?? throw new SourceLineException("the image has no .debug_line section: was it compiled with -g?");
        var rows = DwarfLineReader.Read(debugLine, image.SectionBytes(".debug_line_str") ?? default,
            image.SectionBytes(".debug_str") ?? default, image.Is64Bit ? 8 : 4);
        return Build(rows, image.CodeSections().Select(s => (s.Address, s.Address + s.Size)).ToList());
    }

    /// <summary>Builds the table from DWARF rows (in sequence order, each sequence ended by an
    /// end-of-sequence row) and the address ranges of the image's code.</summary>
    public static SourceLineTable Build(IReadOnlyList<LineRow> rows, IReadOnlyList<(ulong Start, ulong End)> code)
    {
        if (code.Count == 0) throw new SourceLineException("the image has no code sections");
        ulong first = code.Min(c => c.Start);
        if (code.Max(c => c.End) - first > uint.MaxValue)
            throw new SourceLineException("the image's code spans more than 4 GiB, beyond the table's 32-bit offsets");

        if (rows.Count == 0) throw new SourceLineException("the image's line information has no rows: was it compiled with -g?");
        var ranges = CodeRanges(rows, code);
        // An image of C alone (no #line to C# files) gets a table without files: no pc has a C# line.
        var paths = ranges.Where(r => r.File is not null).Select(r => r.File!).Distinct().Order(StringComparer.Ordinal).ToList();
        if (paths.Count >= NoFile) throw new SourceLineException($"{paths.Count} C# files; the table holds at most {NoFile - 1}");
        var index = paths.Select((path, i) => (path, i)).ToDictionary(p => p.path, p => p.i);

        var table = new List<Row>();
        ulong covered = first;
        foreach (var range in ranges)
        {
            ulong start = Math.Max(range.Start, covered);
            if (start >= range.End) continue;   // wholly inside code already described
            if (start > covered && table.Count > 0) Add(table, new Row((uint)(covered - first), NoFile, 0));
            if (range.File is not null && range.Line > MaxLine)
                throw new SourceLineException($"{range.File}:{range.Line}: line numbers above {MaxLine} do not fit the table");
            Add(table, range.File is null
                ? new Row((uint)(start - first), NoFile, 0)
                : new Row((uint)(start - first), index[range.File], range.Line));
            covered = range.End;
        }
        Add(table, new Row((uint)(covered - first), NoFile, 0));

        string root = paths.Count == 0 ? "/" : CommonFolder(paths);
        return new SourceLineTable(first, paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).ToList(), table);
    }

    /// <summary>True when both tables map every address to the same file and line.</summary>
    public bool SameAs(SourceLineTable other) =>
        Base == other.Base && Files.SequenceEqual(other.Files) && Rows.SequenceEqual(other.Rows);

    /// <summary>A row continues the previous one when it says the same thing (ranges are contiguous here).</summary>
    private static void Add(List<Row> table, Row row)
    {
        if (table.Count > 0 && table[^1].File == row.File && table[^1].Line == row.Line) return;
        if (table.Count > 0 && table[^1].Start == row.Start) table[^1] = row;
        else table.Add(row);
    }

    /// <summary>Each row's range up to the next row of its sequence, clipped to the code, sorted by
    /// start; File is null where the row is not a C# line. Sequences of code the linker dropped
    /// (--gc-sections leaves them at address 0) lie outside the code and vanish here.</summary>
    private static List<(ulong Start, ulong End, string? File, int Line)> CodeRanges(IReadOnlyList<LineRow> rows,
        IReadOnlyList<(ulong Start, ulong End)> code)
    {
        var ranges = new List<(ulong Start, ulong End, string? File, int Line)>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.EndSequence) continue;
            if (i + 1 == rows.Count) throw new SourceLineException("the last line sequence has no end-of-sequence row");
            ulong end = rows[i + 1].Address;
            if (end < row.Address) throw new SourceLineException($"line rows go backwards at 0x{row.Address:x} ({row.File}:{row.Line})");
            foreach (var (codeStart, codeEnd) in code)
            {
                ulong start = Math.Max(row.Address, codeStart), stop = Math.Min(end, codeEnd);
                if (start >= stop) continue;
                bool isCSharp = row.Line > 0 && row.File.EndsWith(".cs", StringComparison.Ordinal);
                ranges.Add((start, stop, isCSharp ? row.File : null, row.Line));
            }
        }
        // Stable: of two rows for one address, the one DWARF states first stays first.
        return ranges.OrderBy(r => r.Start).ToList();
    }

    private static string CommonFolder(IReadOnlyList<string> paths)
    {
        string common = Path.GetDirectoryName(paths[0]) ?? "";
        foreach (var path in paths)
        {
            while (common.Length > 0 && !path.StartsWith(common.TrimEnd('/') + "/", StringComparison.Ordinal))
                common = Path.GetDirectoryName(common) ?? "";
        }
        return common.Length == 0 ? "/" : common;
    }
}
