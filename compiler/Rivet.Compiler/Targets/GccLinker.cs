using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Rivet.Compiler.Targets;

/// <summary>
/// Runs one GCC invocation that compiles the generated C, the core runtime, the target's platform
/// sources and any extra sources, and links them into a static ELF executable.
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

        var arguments = Arguments(target, request);
        var commandLine = ShellQuoted(target.Gcc, arguments);
        if (target.FreestandingLibcMultilib is not null && !Directory.Exists(PicolibcRoot))
            throw new ToolchainException(commandLine,
                $"Target {target.Name} links picolibc's pure C and math functions, but {PicolibcRoot} does not exist: install the Debian package picolibc-riscv64-unknown-elf.");

        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(request.OutputPath));
        if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);

        var (exitStatus, standardError) = Run(target.Gcc, arguments, commandLine);
        if (exitStatus != 0) throw new ToolchainException(commandLine, exitStatus, standardError);
    }

    /// <summary>GCC's arguments, in the order: flags, include folders, sources, libraries.</summary>
    internal static IReadOnlyList<string> Arguments(Target target, LinkRequest request)
    {
        var native = Path.GetFullPath(request.NativeRuntimeDirectory);
        var core = Path.Combine(native, "core");
        var platform = Path.Combine(native, "platform", target.Platform);
        if (!Directory.Exists(platform))
            throw new DirectoryNotFoundException($"The platform folder of target {target.Name} does not exist: {platform}");

        var arguments = new List<string>(target.ArchitectureFlags)
        {
            "-std=gnu11", $"-O{request.OptimizationLevel}", "-g",
            // Backtraces walk frame pointers (docs/runtime-abi.md § Platform interface).
            "-fno-omit-frame-pointer",
            // Unsafe.As and the object model alias freely.
            "-fno-strict-aliasing",
            // IL integer arithmetic wraps (ECMA-335 III.3.1 add, mul, sub without .ovf).
            "-fwrapv",
            "-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections",
            "-I", core, "-I", platform,
            "-o", Path.GetFullPath(request.OutputPath),
        };

        if (target.FreestandingLibcMultilib is { } multilib)
        {
            // No operating system's C library: our own start files, picolibc for its pure functions.
            arguments.AddRange(["-static", "-nostdlib", "-isystem", Path.Combine(PicolibcRoot, "include"),
                "-L", Path.Combine(PicolibcRoot, "lib", multilib)]);
        }

        if (target.IsBareMetal)
            arguments.AddRange(["-T", request.LinkerScript ?? Path.Combine(platform, KernelLinkerScript)]);
        else if (request.LinkerScript is not null)
            arguments.AddRange(["-T", request.LinkerScript]);

        arguments.Add(Path.GetFullPath(request.GeneratedC));
        arguments.AddRange(SourcesIn(core, "*.c"));
        arguments.AddRange(SourcesIn(platform, "*.c"));
        arguments.AddRange(SourcesIn(platform, "*.S"));
        arguments.AddRange(request.ExtraSources.Select(Path.GetFullPath));

        if (target.FreestandingLibcMultilib is not null)
            // libm and libc refer to each other and to libgcc (soft float, 64-bit division on rv32).
            arguments.AddRange(["-Wl,--start-group", "-lc", "-lm", "-lgcc", "-Wl,--end-group"]);
        else
            arguments.Add("-lm");
        return arguments;
    }

    private static IEnumerable<string> SourcesIn(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal)
            : [];

    private static (int ExitStatus, string StandardError) Run(string program, IReadOnlyList<string> arguments, string commandLine)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        try
        {
            using var process = Process.Start(start)!;
            // Read both streams concurrently so that neither pipe can fill and stall GCC.
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            var standardError = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var output = standardOutput.Result;
            return (process.ExitCode, output.Length == 0 ? standardError : output + standardError);
        }
        catch (Win32Exception e)
        {
            throw new ToolchainException(commandLine, $"Could not start {program}: {e.Message}", e);
        }
    }

    private static string ShellQuoted(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_=./,+:@".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''") + "'";
}
