namespace System
{
    /// <summary>.NET's InvalidCastException, with its default message.</summary>
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string? message) : base(message) { }
        public InvalidCastException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
