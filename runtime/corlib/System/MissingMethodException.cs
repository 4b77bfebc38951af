namespace System
{
    /// <summary>.NET's MissingMethodException, with its default message.</summary>
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { }
        public MissingMethodException(string? message) : base(message) { }
        public MissingMethodException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
