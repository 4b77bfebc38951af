using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace Rivet.Compiler.Targets.SourceLines;

/// <summary>
/// The parts of a little-endian ELF32 or ELF64 file (System V ABI, ch. 4) that the source-line
/// table needs: its sections by name, and the extent of its executable code.
/// </summary>
public sealed class ElfImage
{
    private const uint ShfAlloc = 0x2;
    private const uint ShfExecInstr = 0x4;
    private const uint ShtNoBits = 8;

    private readonly byte[] _bytes;
    private readonly List<Section> _sections = [];

    /// <summary>One section header: name, flags, load address, and where its bytes are in the file.</summary>
    public sealed record Section(string Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size)
    {
        public bool IsExecutable => (Flags & (ShfAlloc | ShfExecInstr)) == (ShfAlloc | ShfExecInstr) && Size > 0;
    }

    public ElfImage(byte[] bytes)
    {
        _bytes = bytes;
        if (bytes.Length < 52 || bytes[0] != 0x7F || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
            throw new SourceLineException("not an ELF file (no \\x7fELF magic)");
        Is64Bit = bytes[4] switch
        {
            1 => false,
            2 => true,
            _ => throw new SourceLineException($"unknown ELF class {bytes[4]}"),
        };
        if (bytes[5] != 1) throw new SourceLineException("only little-endian ELF files are supported");
        if (Is64Bit && bytes.Length < 64) throw new SourceLineException("truncated ELF64 header");

        ulong tableOffset = Is64Bit ? Read64(0x28) : Read32(0x20);
        int entrySize = Read16(Is64Bit ? 0x3A : 0x2E);
        int count = Read16(Is64Bit ? 0x3C : 0x30);
        int namesIndex = Read16(Is64Bit ? 0x3E : 0x32);
        if (count == 0) throw new SourceLineException("the ELF file has no section headers");
        if (entrySize < (Is64Bit ? 64 : 40) || tableOffset + (ulong)(entrySize * count) > (ulong)bytes.Length)
            throw new SourceLineException("the ELF section header table lies outside the file");
        if (namesIndex >= count) throw new SourceLineException("the ELF section name table index is out of range");

        var raw = new (uint Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size)[count];
        for (int i = 0; i < count; i++)
        {
            int at = checked((int)tableOffset + i * entrySize);
            raw[i] = Is64Bit
                ? (Read32(at), Read32(at + 4), Read64(at + 8), Read64(at + 16), Read64(at + 24), Read64(at + 32))
                : (Read32(at), Read32(at + 4), Read32(at + 8), Read32(at + 12), Read32(at + 16), Read32(at + 20));
        }
        var names = raw[namesIndex];
        foreach (var s in raw)
        {
            if (s.Type != ShtNoBits && s.Offset + s.Size > (ulong)bytes.Length)
                throw new SourceLineException("an ELF section lies outside the file");
            _sections.Add(new Section(NullTerminated(names.Offset, names.Size, s.Name), s.Type, s.Flags, s.Address, s.Offset, s.Size));
        }
    }

    public bool Is64Bit { get; }

    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>The sections holding code (allocated and executable), in address order.</summary>
    public IEnumerable<Section> CodeSections()
    {
        var code = _sections.FindAll(s => s.IsExecutable);
        code.Sort((a, b) => a.Address.CompareTo(b.Address));
        return code;
    }

    /// <summary>The bytes of the section called <paramref name="name"/>, or null when there is none.</summary>
    public ReadOnlyMemory<byte>? SectionBytes(string name)
    {
        var section = _sections.Find(s => s.Name == name);
        if (section is null || section.Type == ShtNoBits) return null;
        return new ReadOnlyMemory<byte>(_bytes, checked((int)section.Offset), checked((int)section.Size));
    }

    private string NullTerminated(ulong tableOffset, ulong tableSize, uint offset)
    {
        if (offset >= tableSize) throw new SourceLineException("an ELF section name lies outside the name table");
        int start = checked((int)(tableOffset + offset));
        int end = Array.IndexOf(_bytes, (byte)0, start, checked((int)(tableSize - offset)));
        if (end < 0) throw new SourceLineException("an ELF section name is not NUL-terminated");
        return Encoding.UTF8.GetString(_bytes, start, end - start);
    }

    private int Read16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(at, 2));
    private uint Read32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(at, 4));
    private ulong Read64(int at) => BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(at, 8));
}
