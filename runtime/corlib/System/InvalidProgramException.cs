namespace System
{
    /// <summary>.NET's InvalidProgramException, with its default message.</summary>
    public class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.") { }
        public InvalidProgramException(string? message) : base(message) { }
        public InvalidProgramException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
