using System;
using System.IO;
using Rivet.Compiler.Targets;

namespace Rivet.Compiler.Tests;

/// <summary>
/// Compiles a corpus program for one target and runs the result. The compile runs in this process
/// through the entry points rivetc itself calls (<see cref="RivetCompilation"/>), so Roslyn and the
/// compiler are compiled by the JIT once per test run rather than once per program
/// (<see cref="RivetcCommandLineTests"/> covers the command line). Without GCC's debug information
/// (<c>--no-debug-info</c>): that changes no code (tests/Rivet.Platform.Tests checks the loaded bytes
/// are the same) and takes about a quarter off every link.
/// </summary>
internal static class RivetToolchain
{
    private const int OptimizationLevel = 2;

    /// <summary>Compiles <paramref name="sourcePath"/>; on failure returns the compiler's message instead of a program path.</summary>
    public static (string? Program, string CompilerOutput) Compile(string sourcePath, RivetTarget target)
    {
        if (!File.Exists(RepositoryLayout.Corlib))
            return (null, $"rivetc is not built: {RepositoryLayout.Corlib} does not exist (dotnet build tests/Rivet.Compiler.Tests builds it).");

        var directory = Path.Combine(RepositoryLayout.OutputDirectory, "rivet", target.Name);
        Directory.CreateDirectory(directory);
        var program = Path.Combine(directory, Path.GetFileNameWithoutExtension(sourcePath));
        File.Delete(program); // never run a stale binary from an earlier build

        try
        {
            var compilerTarget = Target.Get(target.Name);
            var generated = RivetCompilation.GenerateCFromSources([sourcePath], RepositoryLayout.Corlib, compilerTarget);
            RivetCompilation.Link(generated, compilerTarget, program, OptimizationLevel, RepositoryLayout.NativeRuntime,
                emitCPath: null, extraSources: [], debugInfo: false);
        }
        catch (Exception e) when (e is CompileError or ToolchainException or ArgumentException)
        {
            return (null, $"rivetc failed: {e.GetType().Name}: {e.Message}");
        }
        return File.Exists(program) ? (program, "") : (null, $"rivetc reported success but wrote no {program}");
    }

    public static ProcessResult Run(string program, RivetTarget target)
    {
        var (fileName, arguments) = target.CommandFor(program);
        return ProcessRunner.Run(fileName, arguments, Path.GetDirectoryName(program)!);
    }
}
