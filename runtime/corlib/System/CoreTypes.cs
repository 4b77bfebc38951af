using System.Runtime.CompilerServices;

namespace System
{
    public abstract class ValueType
    {
    }

    public abstract partial class Enum : ValueType
    {
    }

    public sealed partial class String
    {
        private readonly int _stringLength;
        private char _firstChar;

        public int Length
        {
            [Intrinsic]
            get => _stringLength;
        }
    }

    public abstract partial class Array
    {
    }

    public abstract partial class Type
    {
    }

    public partial class Exception
    {
        internal string? _message;
        internal Exception? _innerException;
        internal nint[]? _stackTrace;
    }

    public abstract partial class Delegate
    {
        internal object? _target;
        internal nint _methodPtr;
        internal object? _invocationList;
        internal nint _invocationCount;
    }

    public abstract partial class MulticastDelegate : Delegate
    {
    }

    public partial struct RuntimeTypeHandle { private readonly nint _value; }
    public partial struct RuntimeFieldHandle { private readonly nint _value; }
    public partial struct RuntimeMethodHandle { private readonly nint _value; }

    public partial struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;
    }

    public abstract class Attribute { }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        public AttributeUsageAttribute(AttributeTargets validOn) { ValidOn = validOn; }
        public AttributeTargets ValidOn { get; }
        public bool AllowMultiple { get; set; }
        public bool Inherited { get; set; } = true;
    }

    [Flags]
    public enum AttributeTargets
    {
        Assembly = 0x0001, Module = 0x0002, Class = 0x0004, Struct = 0x0008, Enum = 0x0010,
        Constructor = 0x0020, Method = 0x0040, Property = 0x0080, Field = 0x0100, Event = 0x0200,
        Interface = 0x0400, Parameter = 0x0800, Delegate = 0x1000, ReturnValue = 0x2000,
        GenericParameter = 0x4000, All = 0x7FFF,
    }

    [AttributeUsage(AttributeTargets.Enum)]
    public class FlagsAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class ParamArrayAttribute : Attribute { }

    public interface IDisposable { void Dispose(); }
}

namespace System.Runtime.CompilerServices
{
    /// <summary>Marks a method the compiler expands itself (docs/runtime-abi.md, "Intrinsics").</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field, Inherited = false)]
    internal sealed class IntrinsicAttribute : Attribute { }

    public enum MethodImplOptions
    {
        Unmanaged = 0x0004, NoInlining = 0x0008, ForwardRef = 0x0010, Synchronized = 0x0020,
        NoOptimization = 0x0040, PreserveSig = 0x0080, AggressiveInlining = 0x0100,
        AggressiveOptimization = 0x0200, InternalCall = 0x1000,
    }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { Value = methodImplOptions; }
        public MethodImplOptions Value { get; }
    }

    public static partial class RuntimeHelpers
    {
        [Intrinsic]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetHashCode(object? o);
    }
}
