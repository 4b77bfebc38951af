using Mono.Cecil;
using Rivet.Compiler.FrontEnd;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Whole-program compilation: a work list of method instances reachable from Main and
/// the runtime's roots, then one C file holding every needed struct, type descriptor, static,
/// string literal and function. Nothing unreachable is emitted.</summary>
public sealed partial class ProgramCompiler
{
    public AssemblySet Assemblies { get; }
    public NameTable Names { get; } = new();
    public CTypes CTypes { get; }
    public VirtualMethods Virtuals { get; } = new();
    public bool IsRiscV { get; }

    private readonly Queue<MethodInstance> _pending = new();
    private readonly Dictionary<string, MethodInstance> _methods = new();
    private readonly Dictionary<string, string> _compiledBodies = new();
    private readonly List<string> _methodOrder = new();

    public ProgramCompiler(AssemblySet assemblies, bool isRiscV)
    {
        Assemblies = assemblies;
        IsRiscV = isRiscV;
        CTypes = new CTypes(StructName);
    }

    public TypeReference WellKnown(string fullName) =>
        Assemblies.Corlib.MainModule.GetType(fullName)
        ?? throw new CompileError($"Rivet's corlib does not define {fullName}, which the compiler needs");

    public MethodInstance WellKnownMethod(string typeName, string methodName, int parameterCount = -1)
    {
        var type = WellKnown(typeName).Resolve();
        var method = type.Methods.FirstOrDefault(m => m.Name == methodName && (parameterCount < 0 || m.Parameters.Count == parameterCount))
            ?? throw new CompileError($"Rivet's corlib does not define {typeName}.{methodName}, which the compiler needs");
        return new MethodInstance(method, type, []);
    }

    /// <summary>The C name of a method instance; the first request queues it for compilation.</summary>
    public string Function(MethodInstance method)
    {
        if (!_methods.ContainsKey(method.Key))
        {
            _methods[method.Key] = method;
            _methodOrder.Add(method.Key);
            _pending.Enqueue(method);
        }
        return FunctionName(method);
    }

    private string FunctionName(MethodInstance method) => Names.Get("m:" + method.Key, FunctionBaseName(method));

    private static string FunctionBaseName(MethodInstance method)
    {
        string name = TypeNames.CFragment(method.DeclaringType) + "__" + TypeNames.Sanitize(method.Name);
        if (method.MethodArguments.Count > 0)
            name += "_" + string.Join("_", method.MethodArguments.Select(TypeNames.CFragment)) + "_";
        return name;
    }

    public string Compile(MethodDefinition entryPoint)
    {
        var main = new MethodInstance(entryPoint, entryPoint.DeclaringType, []);
        Function(main);
        AddRuntimeRoots();
        // Writing the program can still discover needs (the glue, descriptors of constructed
        // types); compile those and write again until nothing new appears.
        while (true)
        {
            CloseWorkList();
            string program = new ProgramWriter(this, main).Write();
            if (_pending.Count == 0 && !FillConstructedTypes() && !FillGenericVirtuals()) return program;
        }
    }

    private void CloseWorkList()
    {
        while (true)
        {
            while (_pending.Count > 0)
            {
                var method = _pending.Dequeue();
                _compiledBodies[method.Key] = new MethodCompiler(this, method, FunctionName(method)).Compile();
            }
            // Constructed types pull in their vtables and interface maps, which may queue more methods.
            bool more = FillConstructedTypes();
            more |= FillGenericVirtuals();
            if (!more) break;
        }
    }

    internal IEnumerable<MethodInstance> CompiledMethods => _methodOrder.Where(_compiledBodies.ContainsKey).Select(k => _methods[k]);
    internal string Body(MethodInstance m) => _compiledBodies[m.Key];
}
