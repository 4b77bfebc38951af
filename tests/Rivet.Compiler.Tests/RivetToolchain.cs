using System;
using System.IO;
using System.Text;

namespace Rivet.Compiler.Tests;

/// <summary>
/// Compiles a corpus program with rivetc for one target and runs the result. Without GCC's debug
/// information: that changes no code (tests/Rivet.Platform.Tests checks the loaded bytes are the
/// same) and takes about a quarter off every compile.
/// </summary>
internal static class RivetToolchain
{
    /// <summary>rivetc runs Roslyn and GCC on a shared machine: generous, but still bounded.</summary>
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Compiles <paramref name="sourcePath"/>; on failure returns rivetc's output instead of a program path.</summary>
    public static (string? Program, string CompilerOutput) Compile(string sourcePath, RivetTarget target)
    {
        var rivetc = RepositoryLayout.RivetcDll;
        if (!File.Exists(rivetc))
            return (null, $"rivetc is not built: {rivetc} does not exist (dotnet build tests/Rivet.Compiler.Tests builds it).");

        var directory = Path.Combine(RepositoryLayout.OutputDirectory, "rivet", target.Name);
        Directory.CreateDirectory(directory);
        var program = Path.Combine(directory, Path.GetFileNameWithoutExtension(sourcePath));
        File.Delete(program); // never run a stale binary from an earlier build

        var result = ProcessRunner.Run(RepositoryLayout.DotnetExecutable,
            new[] { rivetc, "compile", "--target", target.Name, "--no-debug-info", "--out", program, sourcePath },
            directory, timeout: CompileTimeout);
        var output = Describe(result);
        if (result.TimedOut || result.ExitCode != 0 || !File.Exists(program))
            return (null, output);
        return (program, output);
    }

    public static ProcessResult Run(string program, RivetTarget target)
    {
        var (fileName, arguments) = target.CommandFor(program);
        return ProcessRunner.Run(fileName, arguments, Path.GetDirectoryName(program)!);
    }

    private static string Describe(ProcessResult result)
    {
        var text = new StringBuilder();
        text.Append("rivetc ").Append(result.TimedOut ? "timed out" : $"exited with {result.ExitCode}").AppendLine(":");
        text.Append(Encoding.UTF8.GetString(result.Stdout));
        text.Append(result.Stderr);
        return text.ToString();
    }
}
