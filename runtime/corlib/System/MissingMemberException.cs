namespace System
{
    /// <summary>.NET's MissingMemberException, with its default message.</summary>
    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { }
        public MissingMemberException(string? message) : base(message) { }
        public MissingMemberException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
