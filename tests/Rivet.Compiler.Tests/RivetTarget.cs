using System;
using System.Collections.Generic;

namespace Rivet.Compiler.Tests;

/// <summary>A rivetc target the corpus runs on, and how to start a program built for it.</summary>
internal sealed record RivetTarget(string Name, string? Emulator)
{
    public static readonly RivetTarget Host = new("host", Emulator: null);
    public static readonly RivetTarget Rv64Linux = new("rv64-linux", Emulator: "qemu-riscv64");
    public static readonly RivetTarget Rv32Linux = new("rv32-linux", Emulator: "qemu-riscv32");

    /// <summary>The command line that runs <paramref name="program"/>: directly on the host, else under qemu-user.</summary>
    public (string FileName, IReadOnlyList<string> Arguments) CommandFor(string program) =>
        Emulator is null ? (program, Array.Empty<string>()) : (Emulator, new[] { program });

    public override string ToString() => Name;
}
