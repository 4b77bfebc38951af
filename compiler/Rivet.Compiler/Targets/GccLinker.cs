using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Rivet.Compiler.Targets;

/// <summary>
/// Compiles the generated C and any extra sources with GCC and links them with the runtime (core
/// and the target's platform, compiled once through <see cref="RuntimeObjectCache"/>) into a
/// static ELF executable.
/// </summary>
internal static class GccLinker
{
    /// <summary>Where Debian's picolibc-riscv64-unknown-elf installs picolibc.</summary>
    private const string PicolibcRoot = "/usr/lib/picolibc/riscv64-unknown-elf";

    /// <summary>The default linker script of the kernel platform, relative to its folder.</summary>
    private const string KernelLinkerScript = "kernel.ld";

    public static void Link(Target target, LinkRequest request)
    {
        if (request.OptimizationLevel is < 0 or > 3)
            throw new ArgumentOutOfRangeException(nameof(request), request.OptimizationLevel, "The optimization level must be 0 to 3.");
        if (target.IsBareMetal && !request.DebugInfo)
            throw new ArgumentException($"Target {target.Name} needs debug information: a kernel image's pc → C# line table is built from it.");

        var native = Path.GetFullPath(request.NativeRuntimeDirectory);
        var core = Path.Combine(native, "core");
        var platforms = Path.Combine(native, "platform");
        var platformFolders = target.PlatformFolders.Select(folder => Path.Combine(platforms, folder)).ToArray();
        var missing = platformFolders.FirstOrDefault(folder => !Directory.Exists(folder));
        if (missing is not null)
            throw new DirectoryNotFoundException($"A platform folder of target {target.Name} does not exist: {missing}");
        var platform = platformFolders[^1];
        if (target.FreestandingLibcMultilib is not null && !Directory.Exists(PicolibcRoot))
            throw new ToolchainException(target.Gcc,
                $"Target {target.Name} links picolibc's C and math functions, but {PicolibcRoot} does not exist: install the Debian package picolibc-riscv64-unknown-elf.");

        var output = Path.GetFullPath(request.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var compileFlags = CompileFlags(target, request.OptimizationLevel, request.DebugInfo, [core, .. platformFolders]);
        string[] runtimeSources =
        [
            .. SourcesIn(core, "*.c"),
            .. platformFolders.SelectMany(folder => SourcesIn(folder, "*.c").Concat(SourcesIn(folder, "*.S"))),
        ];
        var runtimeObjects = RuntimeObjectCache.Objects(target.Gcc, compileFlags, runtimeSources, [core, platforms], target.Name, output);

        var generatedC = Path.GetFullPath(request.GeneratedC);
        // Headers the compiler writes beside the generated C (exported constants) are visible to
        // the extra sources too (docs/runtime-abi.md § Exported constants).
        List<string> programFlags = [.. compileFlags, "-I", Path.GetDirectoryName(generatedC)!];
        List<string> programSources = [generatedC, .. request.ExtraSources.Select(Path.GetFullPath)];
        List<string> linkFlags = [.. programFlags, .. LinkFlags(target, request, platform), "-o", output];
        if (!target.IsBareMetal)
        {
            ToolProcess.Run(target.Gcc, [.. linkFlags, .. programSources, .. runtimeObjects, .. Libraries(target)]);
            return;
        }

        // A bare-metal image carries its own pc → C# line table, which needs a second link
        // (docs/runtime-abi.md § Source lines): compile once, link twice.
        var objectFolder = output + ".objects";
        Directory.CreateDirectory(objectFolder);
        var programObjects = programSources.Select((source, i) => Path.Combine(objectFolder, $"{i:D3}-{Path.GetFileNameWithoutExtension(source)}.o")).ToList();
        for (int i = 0; i < programSources.Count; i++)
            ToolProcess.Run(target.Gcc, [.. programFlags, "-c", programSources[i], "-o", programObjects[i]]);
        var sourceLinesC = output + ".source-lines.c";
        List<string> link = [.. linkFlags, .. programObjects, sourceLinesC, .. runtimeObjects, .. Libraries(target)];
        SourceLineLinking.LinkTwice(target.Gcc, link, sourceLinesC, output);
    }

    /// <summary>The flags every C and assembly file of a program is compiled with.</summary>
    private static List<string> CompileFlags(Target target, int optimizationLevel, bool debugInfo, IEnumerable<string> includeFolders)
    {
        List<string> flags =
        [
            .. target.ArchitectureFlags,
            "-std=gnu11", $"-O{optimizationLevel}",
            // Backtraces walk frame pointers (docs/runtime-abi.md § Platform interface).
            "-fno-omit-frame-pointer",
            // Unsafe.As and the object model alias freely.
            "-fno-strict-aliasing",
            // IL integer arithmetic wraps (ECMA-335 III.3.1 add, mul, sub without .ovf).
            "-fwrapv",
            // With --gc-sections at link time, unreferenced functions and data are dropped.
            "-ffunction-sections", "-fdata-sections",
        ];
        if (debugInfo) flags.Add("-g");
        // Kernel images run C# on several harts at once; the user-space targets are single-threaded,
        // so the runtime's allocator bumps without atomics there (docs/runtime-abi.md § Allocation).
        if (target.IsBareMetal) flags.Add("-DRIVET_MULTIHART=1");
        foreach (var folder in includeFolders) flags.AddRange(["-I", folder]);
        // No operating system's C library: picolibc's headers for its pure functions.
        if (target.FreestandingLibcMultilib is not null)
            flags.AddRange(["-isystem", Path.Combine(PicolibcRoot, "include")]);
        return flags;
    }

    private static List<string> LinkFlags(Target target, LinkRequest request, string platform)
    {
        List<string> flags = ["-Wl,--gc-sections"];
        if (target.FreestandingLibcMultilib is { } multilib)
            // Our own start files (the platform's _start), picolibc for the functions that need no OS.
            flags.AddRange(["-static", "-nostdlib", "-L", Path.Combine(PicolibcRoot, "lib", multilib)]);
        var linkerScript = request.LinkerScript ?? (target.IsBareMetal ? Path.Combine(platform, KernelLinkerScript) : null);
        if (linkerScript is not null) flags.AddRange(["-T", Path.GetFullPath(linkerScript)]);
        return flags;
    }

    private static IEnumerable<string> Libraries(Target target) =>
        target.FreestandingLibcMultilib is null
            ? ["-lm"]
            // libm and libc refer to each other and to libgcc (soft float, 64-bit division on rv32).
            : ["-Wl,--start-group", "-lc", "-lm", Libgcc(target), "-Wl,--end-group"];

    /// <summary>
    /// libgcc of picolibc's multilib: GCC picks its multilib from -march/-mabi, and finds none for
    /// the kernel's rv64gc/lp64 (it would fall back to lp64d's, which cannot link with lp64 objects).
    /// </summary>
    private static string Libgcc(Target target) =>
        string.IsNullOrEmpty(target.FreestandingLibcMultilib)
            ? "-lgcc"
            : ToolProcess.Output(target.Gcc, [$"-print-file-name={target.FreestandingLibcMultilib}/libgcc.a"]).Trim();

    private static IEnumerable<string> SourcesIn(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal)
            : [];
}
