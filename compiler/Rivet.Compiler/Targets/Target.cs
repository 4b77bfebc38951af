using System;
using System.Collections.Generic;
using System.Linq;

namespace Rivet.Compiler.Targets;

/// <summary>
/// One machine Rivet compiles for: its pointer size, its GCC and flags, and the platform folder
/// (<c>runtime/native/platform/&lt;name&gt;</c>) that supplies the entry point and
/// <c>rivet_platform.h</c>. The table is docs/runtime-abi.md § Targets.
/// </summary>
public sealed class Target
{
    private static readonly string[] Rv64 = ["-march=rv64gc", "-mabi=lp64d"];
    // The kernel uses the FPU (rv64gc) with the integer calling convention (lp64): no FP register
    // is callee-saved, so only code that computes with floating point touches the FP registers
    // (not every prologue around __builtin_setjmp), and sstatus.FS stays Off in tasks that do not
    // (docs/tasks.md, "Floating point"). Its C libraries are then the rv64imac/lp64 multilib.
    private static readonly string[] Rv64Kernel = ["-march=rv64gc", "-mabi=lp64"];
    // ISA manual 2.2 counts Zicsr and Zifencei as part of I (later ones split them out), so CSR
    // instructions assemble while GCC still picks the rv32imac/ilp32 multilib of libgcc.
    private static readonly string[] Rv32 = ["-march=rv32imac", "-mabi=ilp32", "-misa-spec=2.2"];

    /// <summary>GCC's medany code model: code and data anywhere in one 2 GiB window, as needed at 0x80000000.</summary>
    private const string MedanyModel = "-mcmodel=medany";

    private const string RiscVGcc = "riscv64-unknown-elf-gcc";

    private static readonly Target[] All =
    [
        new("host", pointerSize: 8, "gcc", [], ["host"], libcMultilib: null, isBareMetal: false),
        new("rv64-linux", pointerSize: 8, RiscVGcc, Rv64, ["riscv", "linux"], libcMultilib: "", isBareMetal: false),
        new("rv32-linux", pointerSize: 4, RiscVGcc, Rv32, ["riscv", "linux"], libcMultilib: "rv32imac/ilp32", isBareMetal: false),
        new("rv64-kernel", pointerSize: 8, RiscVGcc, [.. Rv64Kernel, MedanyModel], ["riscv", "kernel"], libcMultilib: "rv64imac/lp64", isBareMetal: true),
        new("rv32-kernel", pointerSize: 4, RiscVGcc, [.. Rv32, MedanyModel], ["riscv", "kernel"], libcMultilib: "rv32imac/ilp32", isBareMetal: true),
    ];

    private Target(string name, int pointerSize, string gcc, string[] architectureFlags, string[] platformFolders,
        string? libcMultilib, bool isBareMetal)
    {
        Name = name;
        PointerSize = pointerSize;
        Gcc = gcc;
        ArchitectureFlags = architectureFlags;
        PlatformFolders = platformFolders;
        FreestandingLibcMultilib = libcMultilib;
        IsBareMetal = isBareMetal;
    }

    /// <summary>Every target name <see cref="Get"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(t => t.Name).ToArray();

    /// <summary>The target called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No target has that name; the message lists the valid ones.</exception>
    public static Target Get(string name) =>
        All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException(
            $"Unknown target '{name}'. Valid targets: {string.Join(", ", Names)}.", nameof(name));

    public string Name { get; }

    /// <summary>Size in bytes of a pointer, <c>nint</c> and an object reference.</summary>
    public int PointerSize { get; }

    public bool IsRiscV => Gcc == RiscVGcc;

    /// <summary>True for the kernel targets: no operating system below, entered from QEMU's reset vector.</summary>
    public bool IsBareMetal { get; }

    /// <summary>The GCC driver to run.</summary>
    internal string Gcc { get; }

    /// <summary><c>-march</c>, <c>-mabi</c> and code-model flags.</summary>
    internal IReadOnlyList<string> ArchitectureFlags { get; }

    /// <summary>
    /// The folders under <c>platform/</c> whose sources and headers this target compiles with: the
    /// platform itself last (its entry point and platform functions), after any code it shares
    /// with others (<c>riscv</c>: what the linux and kernel platforms have in common).
    /// </summary>
    internal IReadOnlyList<string> PlatformFolders { get; }

    /// <summary>
    /// For RISC-V targets, picolibc's multilib folder (relative to its <c>lib/</c>) whose pure functions
    /// (memcpy, memset, libm…) are linked; null for the host, which links the system's libc.
    /// </summary>
    internal string? FreestandingLibcMultilib { get; }

    /// <summary>Compiles and links <paramref name="request"/> into one ELF executable.</summary>
    /// <exception cref="ToolchainException">GCC failed or could not be run.</exception>
    public void Link(LinkRequest request) => GccLinker.Link(this, request);

    public override string ToString() => Name;
}
