using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Rivet.Compiler.FrontEnd;

/// <summary>The program's assembly and Rivet's corlib, read by Cecil with their portable PDBs.
/// Corlib is the only reference a Rivet program may have.</summary>
public sealed class AssemblySet : IAssemblyResolver
{
    private readonly Dictionary<string, AssemblyDefinition> _byName = new();

    public AssemblyDefinition Program { get; }
    public AssemblyDefinition Corlib { get; }

    public AssemblySet(Stream program, Stream? programPdb, string corlibPath)
    {
        Corlib = Read(File.OpenRead(corlibPath), OpenPdb(corlibPath));
        Program = Read(program, programPdb);
    }

    public AssemblySet(string programPath, string corlibPath)
        : this(File.OpenRead(programPath), OpenPdb(programPath), corlibPath) { }

    private static Stream? OpenPdb(string assemblyPath)
    {
        string pdb = Path.ChangeExtension(assemblyPath, ".pdb");
        return File.Exists(pdb) ? File.OpenRead(pdb) : null;
    }

    private AssemblyDefinition Read(Stream image, Stream? pdb)
    {
        var parameters = new ReaderParameters
        {
            AssemblyResolver = this,
            ReadSymbols = pdb != null,
            SymbolStream = pdb,
            SymbolReaderProvider = pdb != null ? new PortablePdbReaderProvider() : null,
        };
        var assembly = AssemblyDefinition.ReadAssembly(image, parameters);
        _byName[assembly.Name.Name] = assembly;
        return assembly;
    }

    public AssemblyDefinition Resolve(AssemblyNameReference name) =>
        _byName.TryGetValue(name.Name, out var a) ? a
            : throw new CompileError($"Assembly '{name.Name}' is referenced but only System.Private.CoreLib is available");

    public AssemblyDefinition Resolve(AssemblyNameReference name, ReaderParameters parameters) => Resolve(name);

    public void Dispose() { }
}
