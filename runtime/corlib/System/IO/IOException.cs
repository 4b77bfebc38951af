namespace System.IO
{
    /// <summary>.NET's IOException, with its default message.</summary>
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { }
        public IOException(string? message) : base(message) { }
        public IOException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
