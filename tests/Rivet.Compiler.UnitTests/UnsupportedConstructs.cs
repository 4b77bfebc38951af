using System.Reflection;
using Rivet.Compiler;
using Rivet.Compiler.Targets;
using Xunit;

namespace Rivet.Compiler.UnitTests;

/// <summary>IL the compiler cannot translate must stop compilation with an error that names the
/// method and the construct; it must never produce C.</summary>
public sealed class UnsupportedConstructs
{
    private static readonly string Corlib = typeof(UnsupportedConstructs).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RivetCorlib").Value!;

    private static CompileError CompileExpectingError(string source, string target = "host")
    {
        string path = Path.Combine(Path.GetTempPath(), $"rivet-unsupported-{Guid.NewGuid():N}.cs");
        File.WriteAllText(path, source);
        try
        {
            return Assert.Throws<CompileError>(() => RivetCompilation.GenerateCFromSources([path], Corlib, Target.Get(target)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Varargs_call_names_method_and_construct()
    {
        var error = CompileExpectingError("""
            static class Program
            {
                static int Count(__arglist) => 0;
                static int Main() => Count(__arglist(1, 2));
            }
            """);
        Assert.Contains("Program.Main", error.Message);
        Assert.Contains("varargs", error.Message);
    }

    [Fact]
    public void Extern_without_DllImport_or_intrinsic_is_refused()
    {
        var error = CompileExpectingError("""
            using System.Runtime.CompilerServices;
            static class Program
            {
                [MethodImpl(MethodImplOptions.InternalCall)] static extern int Missing();
                static int Main() => Missing();
            }
            """);
        Assert.Contains("Program.Missing", error.Message);
        Assert.Contains("without IL body", error.Message);
    }

    [Fact]
    public void Csr_access_on_a_non_RISC_V_target_is_refused()
    {
        var error = CompileExpectingError("""
            static class Program
            {
                static void Main() { Rivet.Hardware.Csr.Write(0x105, 0); }
            }
            """);
        Assert.Contains("Program.Main", error.Message);
        Assert.Contains("non-RISC-V", error.Message);
    }

    [Fact]
    public void Csr_number_must_be_a_constant()
    {
        var error = CompileExpectingError("""
            static class Program
            {
                static int csr = 0x105;
                static void Main() { Rivet.Hardware.Csr.Write(csr, 0); }
            }
            """, target: "rv64-linux");
        Assert.Contains("not a constant", error.Message);
    }
}
