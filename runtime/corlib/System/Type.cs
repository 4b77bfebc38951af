using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Type identity for typeof and GetType. Every type has exactly one Type object (the
    /// compiler emits it beside the type descriptor), so reference equality is type equality.
    /// Type declares no fields: the compiler lays out RuntimeType objects as { type; handle }.</summary>
    public abstract partial class Type
    {
        public abstract string Name { get; }
        public abstract string? FullName { get; }
        public abstract string? Namespace { get; }
        public abstract Type? BaseType { get; }
        public abstract bool IsValueType { get; }
        public abstract bool IsEnum { get; }
        public abstract bool IsArray { get; }
        public abstract bool IsInterface { get; }
        public abstract bool IsClass { get; }
        public abstract Type? GetElementType();
        public abstract RuntimeTypeHandle TypeHandle { get; }

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type? GetTypeFromHandle(RuntimeTypeHandle handle);

        public virtual bool IsAssignableFrom(Type? c) => false;

        public override string ToString() => FullName ?? Name;

        public static bool operator ==(Type? left, Type? right) => object.ReferenceEquals(left, right);
        public static bool operator !=(Type? left, Type? right) => !object.ReferenceEquals(left, right);
        public override bool Equals(object? o) => object.ReferenceEquals(this, o);
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
    }
}
