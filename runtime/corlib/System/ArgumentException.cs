namespace System
{
    /// <summary>.NET's ArgumentException: the message ends with " (Parameter 'name')" when a parameter is named.</summary>
    public class ArgumentException : SystemException
    {
        private readonly string? _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string? message) : base(message) { }
        public ArgumentException(string? message, Exception? innerException) : base(message, innerException) { }
        public ArgumentException(string? message, string? paramName) : base(message) { _paramName = paramName; }
        public ArgumentException(string? message, string? paramName, Exception? innerException) : base(message, innerException) { _paramName = paramName; }

        public virtual string? ParamName => _paramName;

        public override string Message
        {
            get
            {
                string message = base.Message;
                if (!string.IsNullOrEmpty(_paramName)) message = message + " (Parameter '" + _paramName + "')";
                return message;
            }
        }

        public static void ThrowIfNullOrEmpty([System.Diagnostics.CodeAnalysis.NotNull] string? argument, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }
    }
}
