namespace System
{
    /// <summary>.NET's OperationCanceledException, with its default message.</summary>
    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base("The operation was canceled.") { }
        public OperationCanceledException(string? message) : base(message) { }
        public OperationCanceledException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
