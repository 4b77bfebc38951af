namespace System
{
    /// <summary>.NET's ArrayTypeMismatchException, with its default message.</summary>
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
        public ArrayTypeMismatchException(string? message) : base(message) { }
        public ArrayTypeMismatchException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
