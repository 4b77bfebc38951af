namespace System
{
    /// <summary>.NET's StackOverflowException, with its default message.</summary>
    public class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { }
        public StackOverflowException(string? message) : base(message) { }
        public StackOverflowException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
