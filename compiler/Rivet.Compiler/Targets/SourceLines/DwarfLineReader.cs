using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Rivet.Compiler.Targets.SourceLines;

/// <summary>One row of a DWARF line-number matrix: from <see cref="Address"/> on, code belongs to
/// <see cref="File"/>:<see cref="Line"/>, until the next row of its sequence. An end-of-sequence
/// row only marks the first address after the sequence.</summary>
public readonly record struct LineRow(ulong Address, string File, int Line, bool EndSequence);

/// <summary>
/// Runs the line-number programs of a <c>.debug_line</c> section (DWARF 5, section 6.2; versions 2
/// to 4 differ only in the header's directory and file tables) and returns every row with its file
/// name resolved to a path. GCC's <c>#line</c> directives to the C# sources show up here as files.
/// </summary>
public static class DwarfLineReader
{
    // DWARF 5, 7.22 (standard opcodes), 7.22 (extended opcodes), 7.5.6 (forms), 7.22 (content types).
    private const byte Copy = 1, AdvancePc = 2, AdvanceLine = 3, SetFile = 4, ConstAddPc = 8, FixedAdvancePc = 9;
    private const byte EndSequenceOp = 1, SetAddress = 2, DefineFile = 3;
    private const int FormBlock = 0x09, FormData1 = 0x0b, FormData2 = 0x05, FormData4 = 0x06, FormData8 = 0x07,
        FormData16 = 0x1e, FormString = 0x08, FormStrp = 0x0e, FormLineStrp = 0x1f, FormUdata = 0x0f;
    private const int ContentPath = 1, ContentDirectoryIndex = 2;

    public static List<LineRow> Read(ReadOnlyMemory<byte> debugLine, ReadOnlyMemory<byte> debugLineStr, ReadOnlyMemory<byte> debugStr, int addressSize)
    {
        var rows = new List<LineRow>();
        int offset = 0;
        while (offset < debugLine.Length)
            offset = ReadUnit(debugLine.Span, offset, debugLineStr.Span, debugStr.Span, addressSize, rows);
        return rows;
    }

    /// <summary>Decodes the unit at <paramref name="start"/> into <paramref name="rows"/>; returns where the next unit starts.</summary>
    private static int ReadUnit(ReadOnlySpan<byte> section, int start, ReadOnlySpan<byte> lineStr, ReadOnlySpan<byte> str,
        int addressSize, List<LineRow> rows)
    {
        var r = new Reader(section, start);
        ulong length = r.U32();
        int offsetSize = 4;
        if (length == 0xFFFFFFFF) { length = r.U64(); offsetSize = 8; }
        else if (length >= 0xFFFFFFF0) throw Malformed(start, $"reserved unit length 0x{length:x}");
        if (length > (ulong)(section.Length - r.Position)) throw Malformed(start, "the unit runs past the end of .debug_line");
        int end = r.Position + (int)length;
        r = new Reader(section[..end], r.Position);

        int version = r.U16();
        if (version is < 2 or > 5) throw Malformed(start, $"unsupported line table version {version}");
        if (version >= 5)
        {
            int unitAddressSize = r.U8();
            if (unitAddressSize != addressSize) throw Malformed(start, $"address size {unitAddressSize}, but the ELF file's is {addressSize}");
            r.U8();   // segment selector size
        }
        ulong headerLength = offsetSize == 8 ? r.U64() : r.U32();
        if (headerLength > (ulong)(end - r.Position)) throw Malformed(start, "the header runs past the unit");
        int program = r.Position + (int)headerLength;
        int minimumInstructionLength = r.U8();
        if (version >= 4 && r.U8() != 1) throw Malformed(start, "VLIW line tables (maximum_operations_per_instruction > 1) are not supported");
        r.U8();   // default_is_stmt: every row counts for pc → line, statement or not
        int lineBase = (sbyte)r.U8();
        int lineRange = r.U8();
        int opcodeBase = r.U8();
        if (lineRange == 0) throw Malformed(start, "line_range is 0");
        if (opcodeBase == 0) throw Malformed(start, "opcode_base is 0");
        var operandCounts = new int[opcodeBase];
        for (int i = 1; i < opcodeBase; i++) operandCounts[i] = r.U8();

        var files = version >= 5 ? ReadTablesV5(ref r, offsetSize, lineStr, str, start) : ReadTablesV2(ref r);
        r = new Reader(section[..end], program);

        ulong address = 0;
        int file = 1, line = 1;
        void Emit(bool endSequence) => rows.Add(new LineRow(address, FileName(files, file, version, start), line, endSequence));
        while (r.Position < end)
        {
            int opcode = r.U8();
            if (opcode >= opcodeBase)
            {
                int adjusted = opcode - opcodeBase;
                address += (ulong)(adjusted / lineRange * minimumInstructionLength);
                line += lineBase + adjusted % lineRange;
                Emit(false);
                continue;
            }
            switch (opcode)
            {
                case 0:
                    ulong size = r.Uleb();
                    if (size == 0 || size > (ulong)(end - r.Position)) throw Malformed(start, "an extended opcode runs past the unit");
                    int next = r.Position + (int)size;
                    switch (r.U8())
                    {
                        case EndSequenceOp:
                            Emit(true);
                            address = 0; file = 1; line = 1;
                            break;
                        case SetAddress:
                            address = ((int)size - 1) switch
                            {
                                4 => r.U32(),
                                8 => r.U64(),
                                var n => throw Malformed(start, $"DW_LNE_set_address with a {n}-byte address"),
                            };
                            break;
                        case DefineFile:
                            files.Add(r.CString());   // DWARF 2-4 only; GCC does not emit it
                            break;
                    }
                    r = new Reader(section[..end], next);   // also skips operands of opcodes not needed here
                    break;
                case Copy: Emit(false); break;
                case AdvancePc: address += r.Uleb() * (ulong)minimumInstructionLength; break;
                case AdvanceLine: line += (int)r.Sleb(); break;
                case SetFile: file = (int)r.Uleb(); break;
                case ConstAddPc: address += (ulong)((255 - opcodeBase) / lineRange * minimumInstructionLength); break;
                case FixedAdvancePc: address += (ulong)r.U16(); break;
                default:
                    for (int i = 0; i < operandCounts[opcode]; i++) r.Uleb();
                    break;
            }
        }
        return end;
    }

    /// <summary>DWARF 2-4: include_directories then file_names, each list ended by an empty string.
    /// Directory 0 is the compilation directory (not stated here); directories and files count from 1.</summary>
    private static List<string> ReadTablesV2(ref Reader r)
    {
        List<string> directories = [""];
        for (string d = r.CString(); d.Length > 0; d = r.CString()) directories.Add(d);
        List<string> files = [""];
        for (string f = r.CString(); f.Length > 0; f = r.CString())
        {
            int directory = (int)r.Uleb();
            r.Uleb(); r.Uleb();   // modification time, length
            files.Add(Combine(directory < directories.Count ? directories[directory] : "", f));
        }
        return files;
    }

    /// <summary>DWARF 5: self-describing directory and file tables (6.2.4 items 14-20); directory 0 is the compilation directory.</summary>
    private static List<string> ReadTablesV5(ref Reader r, int offsetSize, ReadOnlySpan<byte> lineStr,
        ReadOnlySpan<byte> str, int unit)
    {
        var directories = new List<string>();
        foreach (var (path, _) in ReadEntries(ref r, offsetSize, lineStr, str, unit)) directories.Add(path);
        var files = new List<string>();
        foreach (var (path, directory) in ReadEntries(ref r, offsetSize, lineStr, str, unit))
        {
            if (directory >= directories.Count) throw Malformed(unit, $"file {path} names directory {directory} of {directories.Count}");
            files.Add(Combine(directories[directory], path));
        }
        return files;
    }

    private static List<(string Path, int Directory)> ReadEntries(ref Reader r, int offsetSize, ReadOnlySpan<byte> lineStr,
        ReadOnlySpan<byte> str, int unit)
    {
        int formatCount = r.U8();
        var format = new (int Content, int Form)[formatCount];
        for (int i = 0; i < formatCount; i++) format[i] = ((int)r.Uleb(), (int)r.Uleb());
        ulong count = r.Uleb();
        var entries = new List<(string, int)>();
        for (ulong e = 0; e < count; e++)
        {
            string path = "";
            int directory = 0;
            foreach (var (content, form) in format)
            {
                string? text = null;
                ulong value = 0;
                switch (form)
                {
                    case FormString: text = r.CString(); break;
                    case FormLineStrp: text = StringAt(lineStr, offsetSize == 8 ? r.U64() : r.U32(), ".debug_line_str", unit); break;
                    case FormStrp: text = StringAt(str, offsetSize == 8 ? r.U64() : r.U32(), ".debug_str", unit); break;
                    case FormUdata: value = r.Uleb(); break;
                    case FormData1: value = r.U8(); break;
                    case FormData2: value = r.U16(); break;
                    case FormData4: value = r.U32(); break;
                    case FormData8: value = r.U64(); break;
                    case FormData16: r.Skip(16); break;
                    case FormBlock: r.Skip(checked((int)r.Uleb())); break;
                    default: throw Malformed(unit, $"unsupported form 0x{form:x} in the directory or file table");
                }
                if (content == ContentPath) path = text ?? throw Malformed(unit, "a path that is not a string");
                else if (content == ContentDirectoryIndex) directory = checked((int)value);
            }
            entries.Add((path, directory));
        }
        return entries;
    }

    private static string FileName(List<string> files, int file, int version, int unit) =>
        file >= 0 && file < files.Count ? files[file]
            : throw Malformed(unit, $"a row names file {file}, but the unit has {files.Count - (version >= 5 ? 0 : 1)} files");

    private static string Combine(string directory, string name) =>
        directory.Length == 0 || Path.IsPathRooted(name) ? name : directory.TrimEnd('/') + "/" + name;

    private static string StringAt(ReadOnlySpan<byte> strings, ulong offset, string section, int unit)
    {
        if (offset >= (ulong)strings.Length) throw Malformed(unit, $"a string offset 0x{offset:x} past the end of {section}");
        var rest = strings[(int)offset..];
        int end = rest.IndexOf((byte)0);
        if (end < 0) throw Malformed(unit, $"an unterminated string in {section}");
        return Encoding.UTF8.GetString(rest[..end]);
    }

    private static SourceLineException Malformed(int unit, string problem) =>
        new($".debug_line unit at offset 0x{unit:x}: {problem}");

    /// <summary>A bounds-checked little-endian cursor; reading past its end is a <see cref="SourceLineException"/>.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes, int position)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        public int Position { get; private set; } = position;

        public byte U8() => Take(1)[0];
        public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
        public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
        public void Skip(int count) => Take(count);

        public ulong Uleb()
        {
            ulong result = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = U8();
                if (shift < 64) result |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return result;
            }
        }

        public long Sleb()
        {
            long result = 0;
            int shift = 0;
            byte b;
            do
            {
                b = U8();
                if (shift < 64) result |= (long)(b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
            return result;
        }

        public string CString()
        {
            int end = _bytes[Position..].IndexOf((byte)0);
            if (end < 0) throw new SourceLineException($".debug_line: an unterminated string at offset 0x{Position:x}");
            string text = Encoding.UTF8.GetString(_bytes.Slice(Position, end));
            Position += end + 1;
            return text;
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _bytes.Length - Position)
                throw new SourceLineException($".debug_line: a field at offset 0x{Position:x} runs past the end of its unit");
            var taken = _bytes.Slice(Position, count);
            Position += count;
            return taken;
        }
    }
}
