namespace System
{
    /// <summary>.NET's ArgumentOutOfRangeException; <see cref="ActualValue"/> adds a line "Actual value was X.".</summary>
    public class ArgumentOutOfRangeException : ArgumentException
    {
        private const string DefaultMessage = "Specified argument was out of the range of valid values.";
        private readonly object? _actualValue;

        public ArgumentOutOfRangeException() : base(DefaultMessage) { }
        public ArgumentOutOfRangeException(string? paramName) : base(DefaultMessage, paramName) { }
        public ArgumentOutOfRangeException(string? paramName, string? message) : base(message, paramName) { }
        public ArgumentOutOfRangeException(string? message, Exception? innerException) : base(message, innerException) { }
        public ArgumentOutOfRangeException(string? paramName, object? actualValue, string? message) : base(message, paramName) { _actualValue = actualValue; }

        public virtual object? ActualValue => _actualValue;

        public override string Message
        {
            get
            {
                string message = base.Message;
                if (_actualValue != null)
                {
                    string valueMessage = "Actual value was " + _actualValue.ToString() + ".";
                    return message == null ? valueMessage : message + Environment.NewLine + valueMessage;
                }
                return message;
            }
        }

        public static void ThrowIfNegative(int value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-negative value.");
        }

        public static void ThrowIfZero(int value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value == 0) throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('0') must be a non-zero value.");
        }

        public static void ThrowIfNegativeOrZero(int value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value <= 0) throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-negative and non-zero value.");
        }

        public static void ThrowIfGreaterThan(int value, int other, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value > other) throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be less than or equal to '" + other.ToString() + "'.");
        }

        public static void ThrowIfLessThan(int value, int other, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value < other) throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be greater than or equal to '" + other.ToString() + "'.");
        }
    }
}
