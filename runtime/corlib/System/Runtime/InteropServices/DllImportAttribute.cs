namespace System.Runtime.InteropServices
{
    /// <summary>A static extern method implemented by a C function linked into the program
    /// (docs/runtime-abi.md, "How C# reaches native code"). No marshalling is done.</summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class DllImportAttribute : Attribute
    {
        public DllImportAttribute(string dllName) { Value = dllName; }
        public string Value { get; }
        public string? EntryPoint;
        public CallingConvention CallingConvention;
        public bool ExactSpelling;
        public bool SetLastError;
    }

    public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute { }
}
