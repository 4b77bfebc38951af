using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Rivet.Compiler.FrontEnd;

/// <summary>Compiles C# source files with Roslyn against Rivet's corlib into an in-memory
/// assembly plus portable PDB (the PDB gives the #line directives).</summary>
public static class CSharpFrontEnd
{
    public sealed record Output(byte[] Assembly, byte[] Pdb);

    public static Output Compile(IReadOnlyList<string> sourceFiles, string corlibPath, string assemblyName)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sourceFiles.Select(path =>
            CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, Path.GetFullPath(path),
                System.Text.Encoding.UTF8)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication,
            optimizationLevel: OptimizationLevel.Release, allowUnsafe: true,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create(assemblyName, trees,
            [MetadataReference.CreateFromFile(corlibPath)], options);
        using var dll = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(dll, pdb,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success)
            throw new CompileError("C# compilation failed:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return new Output(dll.ToArray(), pdb.ToArray());
    }
}
