using Internal.Runtime;

namespace System
{
    /// <summary>
    /// Facts about T read once from its type descriptor. Generic library code tests these instead of
    /// `value == null`, which on a value type T is a box the compiler may not fold away.
    /// </summary>
    internal static unsafe class TypeTraits<T>
    {
        /// <summary>True for reference types and Nullable&lt;U&gt;: the Ts that can be null.</summary>
        public static readonly bool CanBeNull = ComputeCanBeNull();

        /// <summary>`value == null` without boxing a value type that cannot be null.</summary>
        public static bool IsNull(T? value) => CanBeNull && value == null;

        private static bool ComputeCanBeNull()
        {
            uint flags = ((RivetTypeLayout*)typeof(T).TypeHandle.Value)->Flags;
            return (flags & RivetTypeLayout.ValueType) == 0 || (flags & RivetTypeLayout.Nullable) != 0;
        }
    }
}
