using Mono.Cecil;
using Rivet.Compiler.Emit;
using Rivet.Compiler.FrontEnd;
using Rivet.Compiler.Targets;

namespace Rivet.Compiler;

/// <summary>The compiler's entry points: C# files or an IL assembly in, C file or executable out.</summary>
public static class RivetCompilation
{
    /// <summary>The C program for an assembly's entry point, for one target.</summary>
    public static GeneratedProgram GenerateC(AssemblySet assemblies, Target target)
    {
        var entry = assemblies.Program.EntryPoint
            ?? throw new CompileError($"Assembly {assemblies.Program.Name.Name} has no entry point (Main)");
        return new GeneratedProgram(new ProgramCompiler(assemblies, target.IsRiscV).Compile(entry),
            ExportedConstants.Header(assemblies.Program));
    }

    /// <summary>Compiles C# sources against corlib to IL (in memory), then to C.</summary>
    public static GeneratedProgram GenerateCFromSources(IReadOnlyList<string> sourceFiles, string corlibPath, Target target)
    {
        var il = CSharpFrontEnd.Compile(sourceFiles, corlibPath, Path.GetFileNameWithoutExtension(sourceFiles[0]));
        var assemblies = new AssemblySet(new MemoryStream(il.Assembly), new MemoryStream(il.Pdb), corlibPath);
        return GenerateC(assemblies, target);
    }

    /// <summary>Writes the C file, and beside it the exported-constants header the extra sources
    /// include, then links them with the native runtime into an executable.</summary>
    public static void Link(GeneratedProgram generated, Target target, string outputPath, int optimizationLevel,
        string nativeRuntimeDirectory, string? emitCPath, IReadOnlyList<string> extraSources, bool debugInfo = true)
    {
        // Without --emit-c the files go to a folder of their own, so concurrent runs keep their headers apart.
        string? scratch = emitCPath == null ? Directory.CreateTempSubdirectory("rivet-").FullName : null;
        string cPath = emitCPath ?? Path.Combine(scratch!, Path.GetFileNameWithoutExtension(outputPath) + ".c");
        File.WriteAllText(cPath, generated.C);
        if (generated.ExportsHeader is { } header)
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cPath))!, ExportedConstants.HeaderFileName), header);
        try
        {
            target.Link(new LinkRequest(cPath, outputPath, optimizationLevel, nativeRuntimeDirectory, extraSources, null, debugInfo));
        }
        finally
        {
            if (scratch != null) Directory.Delete(scratch, recursive: true);
        }
    }
}
