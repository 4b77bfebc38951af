using System.Reflection;
using System.Text.RegularExpressions;
using Rivet.Compiler;
using Rivet.Compiler.Targets;
using Xunit;

namespace Rivet.Compiler.UnitTests;

/// <summary>[Rivet.ExportConstants] classes reach C and assembly as rivet_exports.h, and the
/// generated C checks every laid-out field against its constant (docs/runtime-abi.md § Exported constants).</summary>
public sealed class ExportedConstantsTests
{
    private static readonly string Corlib = typeof(ExportedConstantsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RivetCorlib").Value!;

    private const string Program = """
        using System.Runtime.InteropServices;
        [StructLayout(LayoutKind.Sequential)]
        struct Slots { public int First; public long Second; public byte Unexported; }

        [Rivet.ExportConstants(LayoutOf = typeof(Slots))]
        static class SlotOffsets
        {
            public const int First = 0;
            public const int Second = 8;
            public const int Size = 24;
            public const long Negative = -5;
            public const ulong Largest = ulong.MaxValue;
            public const bool Enabled = true;
        }

        [Rivet.ExportConstants]
        static class Limits { public const uint Harts = 8; }

        static class Program { static int Main() => 0; }
        """;

    private static GeneratedProgram Generate(string source, string target = "rv64-kernel")
    {
        string path = Path.Combine(Path.GetTempPath(), $"rivet-exports-{Guid.NewGuid():N}.cs");
        File.WriteAllText(path, source);
        try
        {
            return RivetCompilation.GenerateCFromSources([path], Corlib, Target.Get(target));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Defines(string header) =>
        header.Split('\n').Where(l => l.StartsWith("#define ", StringComparison.Ordinal) && !l.Contains("RIVET_EXPORTS_H")).ToArray();

    [Fact]
    public void Every_constant_of_every_marked_class_is_a_define()
    {
        var header = Generate(Program).ExportsHeader;
        Assert.NotNull(header);
        string[] expected =
        [
            "#define SlotOffsets_First 0", "#define SlotOffsets_Second 8", "#define SlotOffsets_Size 24",
            "#define SlotOffsets_Negative (-5)", "#define SlotOffsets_Largest 0xFFFFFFFFFFFFFFFF",
            "#define SlotOffsets_Enabled 1", "#define Limits_Harts 8",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Defines(header).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_carry_no_C_suffix_the_assembler_would_reject()
    {
        var header = Generate(Program).ExportsHeader!;
        foreach (var define in Defines(header))
            Assert.DoesNotMatch(new Regex(@"\d[uUlL]+\)?$"), define);
    }

    [Fact]
    public void Each_laid_out_field_with_a_constant_of_its_name_is_asserted_and_nothing_else()
    {
        var c = Generate(Program).C;
        var asserts = Regex.Matches(c, @"_Static_assert\(offsetof\(struct \w+, (\w+)\) == (\w+),").Select(m => (Field: m.Groups[1].Value, Macro: m.Groups[2].Value)).ToList();
        Assert.Equal([("First", "SlotOffsets_First"), ("Second", "SlotOffsets_Second")], asserts);
        // The C is self-contained: the macros it asserts with are defined in it.
        Assert.Contains("#define SlotOffsets_Second 8", c);
    }

    [Fact]
    public void A_program_without_exports_has_no_header()
    {
        var program = Generate("static class Program { static int Main() => 0; }", "host");
        Assert.Null(program.ExportsHeader);
        Assert.DoesNotContain("RIVET_EXPORTS_H", program.C);
    }
}
