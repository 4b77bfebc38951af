using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The root of every class. Its one hidden field is the type word (docs/runtime-abi.md).</summary>
    public class Object
    {
        public Object() { }

        public virtual bool Equals(object? obj) => ReferenceEquals(this, obj);
        public static bool Equals(object? objA, object? objB)
        {
            if (ReferenceEquals(objA, objB)) return true;
            if (objA is null || objB is null) return false;
            return objA.Equals(objB);
        }
        public static bool ReferenceEquals(object? objA, object? objB) => objA == objB;
        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);
        public virtual string? ToString() => GetType().ToString();

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();

        ~Object() { }
    }
}
