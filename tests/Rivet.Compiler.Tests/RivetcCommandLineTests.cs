using System;
using System.IO;
using System.Text;
using Xunit;

namespace Rivet.Compiler.Tests;

/// <summary>
/// rivetc as a user runs it (the corpus compiles in process): <c>rivetc compile</c> with its
/// defaults, GCC's debug information included, builds a program that prints what CoreCLR prints on
/// every target, and a request it cannot honour is refused with a message naming the problem.
/// </summary>
public sealed class RivetcCommandLineTests
{
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("host")]
    [InlineData("rv64-linux")]
    [InlineData("rv32-linux")]
    public void Compile_WithItsDefaults_BuildsAProgramThatMatchesCoreClr(string targetName)
    {
        var target = targetName switch
        {
            "host" => RivetTarget.Host,
            "rv64-linux" => RivetTarget.Rv64Linux,
            _ => RivetTarget.Rv32Linux,
        };
        var source = CorpusPrograms.PathOf("StringInterpolation.cs");
        var directory = Directory.CreateDirectory(Path.Combine(RepositoryLayout.OutputDirectory, "rivetc-cli", targetName)).FullName;
        var program = Path.Combine(directory, "StringInterpolation");
        File.Delete(program);

        var compile = Rivetc(directory, "compile", "--target", targetName, "--out", program, source);
        Assert.True(compile.ExitCode == 0 && File.Exists(program), $"rivetc exited with {compile.ExitCode}: {compile.Stderr}");

        var expected = CoreClrReference.Run(source);
        var actual = RivetToolchain.Run(program, target);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(expected.Stdout), Encoding.UTF8.GetString(actual.Stdout));
    }

    [Fact]
    public void Compile_KernelWithoutDebugInfo_IsRefusedWithTheReason()
    {
        var directory = Directory.CreateDirectory(Path.Combine(RepositoryLayout.OutputDirectory, "rivetc-cli", "kernel")).FullName;

        var result = Rivetc(directory, "compile", "--target", "rv64-kernel", "--no-debug-info",
            "--out", Path.Combine(directory, "kernel.elf"), CorpusPrograms.PathOf("HelloWorld.cs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rivetc: error: Target rv64-kernel needs debug information", result.Stderr);
    }

    [Fact]
    public void Compile_WithoutItsRuntimeLibrary_SaysWhichFileIsMissing()
    {
        // A copy of rivetc's build with the corlib folder left out.
        var install = Path.Combine(RepositoryLayout.OutputDirectory, "rivetc-cli", "no-corlib");
        if (Directory.Exists(install)) Directory.Delete(install, recursive: true);
        Directory.CreateDirectory(install);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(RepositoryLayout.RivetcDll)!))
            File.Copy(file, Path.Combine(install, Path.GetFileName(file)));

        var result = ProcessRunner.Run(RepositoryLayout.DotnetExecutable,
            [Path.Combine(install, "rivetc.dll"), "compile", "--out", Path.Combine(install, "hello"), CorpusPrograms.PathOf("HelloWorld.cs")],
            install, timeout: CompileTimeout);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rivetc: error: its runtime library is missing: {Path.Combine(install, "corlib", "System.Private.CoreLib.dll")}", result.Stderr);
    }

    private static ProcessResult Rivetc(string directory, params string[] arguments) =>
        ProcessRunner.Run(RepositoryLayout.DotnetExecutable, [RepositoryLayout.RivetcDll, .. arguments], directory, timeout: CompileTimeout);
}
