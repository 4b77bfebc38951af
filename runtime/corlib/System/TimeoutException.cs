namespace System
{
    /// <summary>.NET's TimeoutException, with its default message.</summary>
    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string? message) : base(message) { }
        public TimeoutException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
