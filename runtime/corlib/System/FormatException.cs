namespace System
{
    /// <summary>.NET's FormatException, with its default message.</summary>
    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { }
        public FormatException(string? message) : base(message) { }
        public FormatException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
