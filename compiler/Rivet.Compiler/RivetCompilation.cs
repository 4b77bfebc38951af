using Mono.Cecil;
using Rivet.Compiler.Emit;
using Rivet.Compiler.FrontEnd;
using Rivet.Compiler.Targets;

namespace Rivet.Compiler;

/// <summary>The compiler's entry points: C# files or an IL assembly in, C file or executable out.</summary>
public static class RivetCompilation
{
    /// <summary>The C program for an assembly's entry point, for one target.</summary>
    public static string GenerateC(AssemblySet assemblies, Target target)
    {
        var entry = assemblies.Program.EntryPoint
            ?? throw new CompileError($"Assembly {assemblies.Program.Name.Name} has no entry point (Main)");
        return new ProgramCompiler(assemblies, target.IsRiscV).Compile(entry);
    }

    /// <summary>Compiles C# sources against corlib to IL (in memory), then to C.</summary>
    public static string GenerateCFromSources(IReadOnlyList<string> sourceFiles, string corlibPath, Target target)
    {
        var il = CSharpFrontEnd.Compile(sourceFiles, corlibPath, Path.GetFileNameWithoutExtension(sourceFiles[0]));
        var assemblies = new AssemblySet(new MemoryStream(il.Assembly), new MemoryStream(il.Pdb), corlibPath);
        return GenerateC(assemblies, target);
    }

    /// <summary>Writes the C file and links it with the native runtime into an executable.</summary>
    public static void Link(string generatedC, Target target, string outputPath, int optimizationLevel,
        string nativeRuntimeDirectory, string? emitCPath, IReadOnlyList<string> extraSources)
    {
        string cPath = emitCPath ?? Path.Combine(Path.GetTempPath(), $"rivet-{Environment.ProcessId}-{Path.GetFileNameWithoutExtension(outputPath)}.c");
        File.WriteAllText(cPath, generatedC);
        try
        {
            target.Link(new LinkRequest(cPath, outputPath, optimizationLevel, nativeRuntimeDirectory, extraSources, null));
        }
        finally
        {
            if (emitCPath == null) File.Delete(cPath);
        }
    }
}
