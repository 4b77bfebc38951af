namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Runtime capabilities Roslyn asks the core library about. Each field's presence is the signal;
    /// Rivet's IL→C compiler supports every feature listed here.
    /// </summary>
    public static class RuntimeFeature
    {
        public const string PortablePdb = nameof(PortablePdb);
        public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
        public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);
        public const string CovariantReturnsOfClasses = nameof(CovariantReturnsOfClasses);
        public const string VirtualStaticsInInterfaces = nameof(VirtualStaticsInInterfaces);
        public const string NumericIntPtr = nameof(NumericIntPtr);
        public const string ByRefFields = nameof(ByRefFields);
        public const string ByRefLikeGenerics = nameof(ByRefLikeGenerics);

        public static bool IsDynamicCodeSupported => false;
        public static bool IsDynamicCodeCompiled => false;
    }
}
