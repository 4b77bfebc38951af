namespace System
{
    /// <summary>.NET's PlatformNotSupportedException, with its default message.</summary>
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string? message) : base(message) { }
        public PlatformNotSupportedException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
