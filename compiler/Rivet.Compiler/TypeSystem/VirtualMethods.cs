using Mono.Cecil;

namespace Rivet.Compiler.TypeSystem;

/// <summary>One vtable slot: every method definition that occupies it (the introducing virtual
/// method and its overrides along the chain) and the implementation for the concrete type.
/// <see cref="Implementation"/> is null for an abstract slot.</summary>
public sealed record VTableSlot(IReadOnlyList<MethodDefinition> Occupants, MethodInstance? Implementation, string Signature);

/// <summary>Vtables and interface maps of concrete types (ECMA-335 II.10.3: newslot introduces a
/// slot, otherwise a virtual method overrides the most derived slot with the same name and
/// signature; .override names the slot explicitly).</summary>
public sealed class VirtualMethods
{
    private readonly Dictionary<string, List<VTableSlot>> _vtables = new();

    public IReadOnlyList<VTableSlot> VTable(TypeReference type)
    {
        if (_vtables.TryGetValue(type.FullName, out var cached)) return cached;
        var baseType = TypeHierarchy.BaseType(type);
        var slots = baseType != null ? new List<VTableSlot>(VTable(baseType)) : new List<VTableSlot>();
        var def = TypeHierarchy.Resolve(type);
        if (!def.IsInterface)
        {
            var sub = Substitution.ForType(type);
            foreach (var method in def.Methods.Where(m => m.IsVirtual && !m.IsStatic))
            {
                string signature = TypeHierarchy.SignatureKey(method, sub);
                int index = -1;
                if (!method.IsNewSlot)
                    index = slots.FindLastIndex(s => s.Signature == signature);
                foreach (var overridden in method.Overrides)
                {
                    var target = overridden.Resolve();
                    if (target != null && !target.DeclaringType.IsInterface)
                        index = slots.FindIndex(s => s.Occupants.Contains(target));
                }
                var implementation = method.IsAbstract ? null : new MethodInstance(method, type, []);
                if (index >= 0)
                    slots[index] = new VTableSlot([.. slots[index].Occupants, method], implementation, signature);
                else
                    slots.Add(new VTableSlot([method], implementation, signature));
            }
        }
        _vtables[type.FullName] = slots;
        return slots;
    }

    public int SlotOf(TypeReference type, MethodDefinition method)
    {
        var slots = VTable(type);
        for (int i = 0; i < slots.Count; i++)
            if (slots[i].Occupants.Contains(method)) return i;
        throw new CompileError($"Virtual method {method.FullName} has no slot in {type.FullName}");
    }

    /// <summary>The instance methods of an interface that occupy its dispatch slots, in order.</summary>
    public static List<MethodDefinition> InterfaceSlots(TypeReference interfaceType) =>
        TypeHierarchy.Resolve(interfaceType).Methods.Where(m => m.IsVirtual && !m.IsStatic).ToList();

    /// <summary>The method that implements <paramref name="interfaceMethod"/> of
    /// <paramref name="interfaceType"/> for objects of <paramref name="type"/>: an explicit
    /// implementation, else a public virtual with the same name and signature, else the most
    /// specific default implementation. Null when none exists (an abstract class's gap).</summary>
    public MethodInstance? FindImplementation(TypeReference type, TypeReference interfaceType, MethodDefinition interfaceMethod)
    {
        var found = FindDeclaredImplementation(type, interfaceType, interfaceMethod)
                    ?? FindStaticImplementation(type, interfaceType, interfaceMethod);
        if (found != null && found.Definition.IsVirtual && !found.Definition.DeclaringType.IsInterface
            && !TypeHierarchy.Resolve(type).IsInterface && !found.Definition.IsStatic)
        {
            // The most derived override of that virtual method.
            var slots = VTable(type);
            int slot = SlotOf(type, found.Definition);
            return slots[slot].Implementation;
        }
        return found;
    }

    private static MethodInstance? FindDeclaredImplementation(TypeReference type, TypeReference interfaceType, MethodDefinition interfaceMethod)
    {
        var interfaceSignature = TypeHierarchy.SignatureKey(interfaceMethod, Substitution.ForType(interfaceType));
        for (var t = type; t != null; t = TypeHierarchy.BaseType(t))
        {
            var def = TypeHierarchy.Resolve(t);
            var sub = Substitution.ForType(t);
            foreach (var m in def.Methods)
                foreach (var o in m.Overrides)
                    if (o.Resolve() == interfaceMethod && sub.Apply(o.DeclaringType).FullName == interfaceType.FullName)
                        return new MethodInstance(m, t, []);
        }
        for (var t = type; t != null; t = TypeHierarchy.BaseType(t))
        {
            var def = TypeHierarchy.Resolve(t);
            if (def.IsInterface) break;
            var sub = Substitution.ForType(t);
            foreach (var m in def.Methods)
                if (m.IsPublic && m.IsVirtual == !interfaceMethod.IsStatic && m.IsStatic == interfaceMethod.IsStatic
                    && m.Name == interfaceMethod.Name && TypeHierarchy.SignatureKey(m, sub) == interfaceSignature)
                    return new MethodInstance(m, t, []);
        }
        return null;
    }

    /// <summary>Default interface methods (II.12.2): the most specific override among the
    /// interfaces the type implements, else the interface method's own body.</summary>
    private static MethodInstance? FindStaticImplementation(TypeReference type, TypeReference interfaceType, MethodDefinition interfaceMethod)
    {
        MethodInstance? best = null;
        foreach (var itf in TypeHierarchy.Interfaces(type).Prepend(type))
        {
            var def = TypeHierarchy.Resolve(itf);
            if (!def.IsInterface) continue;
            var sub = Substitution.ForType(itf);
            foreach (var m in def.Methods)
                foreach (var o in m.Overrides)
                    if (o.Resolve() == interfaceMethod && sub.Apply(o.DeclaringType).FullName == interfaceType.FullName)
                        best = new MethodInstance(m, itf, []);
        }
        if (best == null && !interfaceMethod.IsAbstract)
            best = new MethodInstance(interfaceMethod, interfaceType, []);
        return best;
    }
}
