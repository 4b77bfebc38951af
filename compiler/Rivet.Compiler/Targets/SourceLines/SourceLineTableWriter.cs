using System.Globalization;
using System.Text;

namespace Rivet.Compiler.Targets.SourceLines;

/// <summary>
/// Writes a <see cref="SourceLineTable"/> as C that defines <c>rivet_source_lines</c>
/// (runtime/native/core/rivet_source_lines.h) in the sections the linker script places last.
/// </summary>
public static class SourceLineTableWriter
{
    /// <summary>The table of a first link: no rows yet, but the same symbol and sections, so the
    /// first link lays out code exactly as the second, which carries the real table.</summary>
    public static string EmptyC() => Header() + """
        RIVET_SOURCE_LINES_HEADER const RivetSourceLineTable rivet_source_lines = { 0, 0, 0, 0, 0, 0 };

        """;

    public static string C(SourceLineTable table)
    {
        var c = new StringBuilder(Header());
        c.AppendLine("RIVET_SOURCE_LINES_DATA static const RivetSourceLineRow rows[] = {");
        foreach (var row in table.Rows)
        {
            uint location = (uint)row.File << SourceLineTable.LineBits | (uint)row.Line;
            c.Append(CultureInfo.InvariantCulture, $"    {{ 0x{row.Start:x}u, 0x{location:x}u }},\n");
        }
        c.AppendLine("};");

        var names = new StringBuilder();
        c.AppendLine("RIVET_SOURCE_LINES_DATA static const uint32_t file_name_offsets[] = {");
        int offset = 0;
        foreach (var file in table.Files)
        {
            c.Append(CultureInfo.InvariantCulture, $"    {offset}u,   /* {file.Replace("*/", "* /")} */\n");
            names.Append("    ").Append(CLiteral(file + "\0")).Append('\n');
            offset += Encoding.UTF8.GetByteCount(file) + 1;
        }
        c.AppendLine("};");
        c.Append("RIVET_SOURCE_LINES_DATA static const char names[] =\n").Append(names).AppendLine("    ;");
        c.Append(CultureInfo.InvariantCulture,
            $"RIVET_SOURCE_LINES_HEADER const RivetSourceLineTable rivet_source_lines = {{ (uintptr_t)0x{table.Base:x}ull, {table.Rows.Count}u, {table.Files.Count}u, rows, file_name_offsets, names }};\n");
        return c.ToString();
    }

    private static string Header() => """
        /* C# source lines of this image's code, written by rivetc (docs/runtime-abi.md § Source lines). */
        #include "rivet_source_lines.h"

        """;

    /// <summary>A C string literal of UTF-8 bytes; octal escapes for everything but printable ASCII.</summary>
    private static string CLiteral(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= 0x20 and < 0x7F && b != '"' && b != '\\' && b != '?') literal.Append((char)b);
            else literal.Append('\\').Append(System.Convert.ToString(b, 8).PadLeft(3, '0'));
        }
        return literal.Append('"').ToString();
    }
}
