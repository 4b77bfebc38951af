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

    [Theory]
    [InlineData("host", ElfHeader.Class64, ElfHeader.MachineX86_64)]
    [InlineData("rv64-linux", ElfHeader.Class64, ElfHeader.MachineRiscV)]
    [InlineData("rv32-linux", ElfHeader.Class32, ElfHeader.MachineRiscV)]
    [InlineData("rv64-kernel", ElfHeader.Class64, ElfHeader.MachineRiscV)]
    [InlineData("rv32-kernel", ElfHeader.Class32, ElfHeader.MachineRiscV)]
    public void Link_WritesAnElfForTheTargetsMachine(string name, int elfClass, int machine)
    {
        var program = name.EndsWith("-kernel") ? "kernel_smoke.c" : "probe.c";

        var header = ElfHeader.Read(TargetExecutables.Link(program, name));

        Assert.Equal(elfClass, header.Class);
        Assert.Equal(machine, header.Machine);
        Assert.Equal(Target.Get(name).PointerSize * 8, header.Class == ElfHeader.Class64 ? 64 : 32);
    }

    [Theory]
    [InlineData("rv64-kernel")]
    [InlineData("rv32-kernel")]
    public void Link_KernelStartsWhereQemuVirtJumps(string name)
    {
        var header = ElfHeader.Read(TargetExecutables.Link("kernel_smoke.c", name));

        Assert.Equal(0x8000_0000UL, header.Entry);
    }

    [Theory]
    [InlineData("host")]
    [InlineData("rv64-linux")]
    [InlineData("rv32-linux")]
    public void Link_CompilesExtraSourcesIntoTheProgram_WithHeadersBesideTheGeneratedC(string name)
    {
        // The generated C in its own folder with a header the compiler wrote; the extra source elsewhere.
        var generated = Directory.CreateDirectory(Path.Combine(Repository.OutputFolder, $"extra-generated-{name}")).FullName;
        var main = Path.Combine(generated, "program.c");
        File.WriteAllText(Path.Combine(generated, "exported_constants.h"), "#define Exported_Base 40\n");
        File.WriteAllText(main, "int helper_status(int argc);\nint rivet_main(int argc, char** argv) { return helper_status(argc); }\n");
        var helper = Path.Combine(Repository.OutputFolder, $"extra-helper-{name}.c");
        File.WriteAllText(helper, "#include \"exported_constants.h\"\nint helper_status(int argc) { return Exported_Base + argc; }\n");
        var output = Path.Combine(Repository.OutputFolder, $"extra-{name}.elf");

        Target.Get(name).Link(new LinkRequest(main, output, 1, Repository.NativeRuntime, [helper], null));

        Assert.Equal(40 + 3, TargetExecutables.Run(name, output, "a", "b").ExitStatus);
    }

    [Theory]
    [InlineData("host", "objcopy")]
    [InlineData("rv64-linux", "riscv64-unknown-elf-objcopy")]
    [InlineData("rv32-linux", "riscv64-unknown-elf-objcopy")]
    public void Link_WithoutDebugInfo_LoadsTheSameBytes_WithoutTheDwarf(string name, string objcopy)
    {
        // The compiler corpus is linked without -g to save time; that is sound only because GCC
        // keeps code generation independent of -g, which this checks on the program and the runtime.
        byte[] Loaded(string elf)
        {
            // The build id (host linker default) hashes the debug sections too, so it is left out.
            var image = elf + ".bin";
            var result = ProcessRunner.Run(objcopy, ["-O", "binary", "-R", ".note.gnu.build-id", elf, image], TimeSpan.FromSeconds(60));
            Assert.True(result.ExitStatus == 0, result.StandardError);
            return File.ReadAllBytes(image);
        }

        // TargetExecutables links with the defaults (-O2, -g); the same link without -g beside it.
        var withDwarf = TargetExecutables.Link("probe.c", name);
        var without = Path.Combine(Repository.OutputFolder, $"probe-{name}-no-debug-info.elf");
        Target.Get(name).Link(new LinkRequest(Repository.Program("probe.c"), without, 2, Repository.NativeRuntime, [], null, DebugInfo: false));

        Assert.Equal(Loaded(withDwarf), Loaded(without));
        // Only the -g build describes the program's own compile unit for gdb.
        Assert.Contains("probe.c", CompileUnits(withDwarf));
        Assert.DoesNotContain("probe.c", CompileUnits(without));

        string CompileUnits(string elf)
        {
            var result = ProcessRunner.Run(objcopy.Replace("objcopy", "readelf"), ["--debug-dump=info", elf], TimeSpan.FromSeconds(60));
            Assert.True(result.ExitStatus == 0, result.StandardError);
            return result.StandardOutput;
        }
    }

    [Theory]
    [InlineData("rv64-kernel")]
    [InlineData("rv32-kernel")]
    public void Link_KernelWithoutDebugInfo_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Target.Get(name).Link(new LinkRequest(
            Repository.Program("kernel_smoke.c"), Path.Combine(Repository.OutputFolder, $"no-debug-{name}.elf"), 2, Repository.NativeRuntime, [], null, DebugInfo: false)));

        Assert.Contains("needs debug information", error.Message);
    }
}
