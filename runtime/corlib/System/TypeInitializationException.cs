namespace System
{
    /// <summary>Wraps the exception a static constructor threw (ECMA-335 §II.10.5.3.3).</summary>
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;

        public TypeInitializationException(string? fullTypeName, Exception? innerException)
            : base("The type initializer for '" + (fullTypeName ?? "") + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName ?? "";
        }

        public string TypeName => _typeName;
    }
}
