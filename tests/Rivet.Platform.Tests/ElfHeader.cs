using System;
using System.Buffers.Binary;
using System.IO;

namespace Rivet.Platform.Tests;

/// <summary>The fields of an ELF file header the tests check (System V gABI, "ELF Header").</summary>
internal sealed record ElfHeader(int Class, int Machine, ulong Entry)
{
    public const int Class32 = 1;
    public const int Class64 = 2;
    public const int MachineX86_64 = 62;
    public const int MachineRiscV = 243;

    public static ElfHeader Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 52 || bytes[0] != 0x7f || bytes[1] != 'E' || bytes[2] != 'L' || bytes[3] != 'F')
            throw new InvalidDataException($"{path} is not an ELF file");
        int elfClass = bytes[4];
        var machine = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(18));
        var entry = elfClass == Class64
            ? BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(24))
            : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24));
        return new ElfHeader(elfClass, machine, entry);
    }
}
