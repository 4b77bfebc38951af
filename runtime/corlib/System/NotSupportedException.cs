namespace System
{
    /// <summary>.NET's NotSupportedException, with its default message.</summary>
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string? message) : base(message) { }
        public NotSupportedException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
