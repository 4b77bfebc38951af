using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Object creation for <c>new T()</c>, expanded by the compiler per instantiation.</summary>
    public static class Activator
    {
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T CreateInstance<T>();
    }
}
