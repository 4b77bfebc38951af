using Mono.Cecil;
using Rivet.Compiler.TypeSystem;

namespace Rivet.Compiler.Emit;

/// <summary>Generic virtual methods: a call on a receiver whose exact type is unknown goes through a
/// dispatcher that tests the receiver's type against every constructed type that could override
/// the method, each calling its own instantiation. The set is closed with the work list.</summary>
public sealed partial class ProgramCompiler
{
    internal readonly Dictionary<string, MethodInstance> GenericVirtualSites = new();
    private readonly Dictionary<string, string> _dispatcherNames = new();

    public string GenericVirtualDispatcher(MethodInstance target)
    {
        if (!_dispatcherNames.TryGetValue(target.Key, out var name))
        {
            name = Names.Get("gvm:" + target.Key, FunctionBaseName(target) + "__dispatch");
            _dispatcherNames[target.Key] = name;
            GenericVirtualSites[target.Key] = target;
        }
        return name;
    }

    /// <summary>The instantiation that runs for receivers of exactly <paramref name="type"/>, or null
    /// when the type cannot receive the call.</summary>
    internal MethodInstance? GenericVirtualImplementation(MethodInstance target, TypeReference type)
    {
        if (type is ArrayType || CTypes.IsPointerLike(type) || TypeHierarchy.Resolve(type).IsAbstract) return null;
        MethodInstance? impl;
        if (TypeHierarchy.Resolve(target.DeclaringType).IsInterface)
        {
            if (!TypeHierarchy.Interfaces(type).Any(i => i.FullName == target.DeclaringType.FullName)) return null;
            impl = Virtuals.FindImplementation(type, target.DeclaringType, target.Definition);
        }
        else
        {
            if (!TypeHierarchy.IsSubclassOf(type, target.DeclaringType)) return null;
            impl = Virtuals.VTable(type)[Virtuals.SlotOf(type, target.Definition)].Implementation;
        }
        return impl == null ? null : new MethodInstance(impl.Definition, impl.DeclaringType, target.MethodArguments);
    }

    /// <summary>Queues every implementation a dispatcher may call. Returns whether anything was new.</summary>
    private bool FillGenericVirtuals()
    {
        int before = _pending.Count;
        foreach (var site in GenericVirtualSites.Values.ToList())
            foreach (var type in ConstructedTypes.Values.ToList())
                if (GenericVirtualImplementation(site, type) is { } impl) Function(impl);
        return _pending.Count > before;
    }
}
