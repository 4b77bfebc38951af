using System;
using System.IO;
using Rivet.Compiler.Targets;
using Xunit;

namespace Rivet.Platform.Tests;

public sealed class TargetTests
{
    [Theory]
    [InlineData("host", 8, false, false)]
    [InlineData("rv64-linux", 8, true, false)]
    [InlineData("rv32-linux", 4, true, false)]
    [InlineData("rv64-kernel", 8, true, true)]
    [InlineData("rv32-kernel", 4, true, true)]
    public void Get_DescribesEachTarget(string name, int pointerSize, bool isRiscV, bool isBareMetal)
    {
        var target = Target.Get(name);

        Assert.Equal(name, target.Name);
        Assert.Equal(pointerSize, target.PointerSize);
        Assert.Equal(isRiscV, target.IsRiscV);
        Assert.Equal(isBareMetal, target.IsBareMetal);
    }

    [Fact]
    public void Get_UnknownName_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => Target.Get("rv128-linux"));

        Assert.Contains("rv128-linux", error.Message);
        foreach (var name in Target.Names) Assert.Contains(name, error.Message);
    }

    [Theory]
    [InlineData("host")]
    [InlineData("rv32-linux")]
    public void Link_BrokenC_ThrowsWithCommandLineAndCompilerMessage(string name)
    {
        var source = Path.Combine(Repository.OutputFolder, $"broken-{name}.c");
        File.WriteAllText(source, "int rivet_main(int argc, char** argv) { return undeclared_identifier; }\n");

        var error = Assert.Throws<ToolchainException>(() => Target.Get(name).Link(new LinkRequest(
            source, Path.Combine(Repository.OutputFolder, $"broken-{name}.elf"), 0, Repository.NativeRuntime, [], null)));

        Assert.Contains(source, error.CommandLine);
        Assert.Contains("-fwrapv", error.CommandLine);
        Assert.Contains("undeclared_identifier", error.StandardError);
        Assert.Contains(error.CommandLine, error.Message);
        Assert.Contains(error.StandardError, error.Message);
        Assert.NotEqual(0, error.ExitStatus);
    }
}
