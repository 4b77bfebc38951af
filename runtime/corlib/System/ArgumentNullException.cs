namespace System
{
    /// <summary>.NET's ArgumentNullException with its default message "Value cannot be null.".</summary>
    public class ArgumentNullException : ArgumentException
    {
        private const string DefaultMessage = "Value cannot be null.";

        public ArgumentNullException() : base(DefaultMessage) { }
        public ArgumentNullException(string? paramName) : base(DefaultMessage, paramName) { }
        public ArgumentNullException(string? message, Exception? innerException) : base(message, innerException) { }
        public ArgumentNullException(string? paramName, string? message) : base(message, paramName) { }

        public static void ThrowIfNull([System.Diagnostics.CodeAnalysis.NotNull] object? argument, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null) throw new ArgumentNullException(paramName);
        }
    }
}
