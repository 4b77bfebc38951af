namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { ConditionString = conditionString; }
        public string ConditionString { get; }
    }

    /// <summary>
    /// Debug checks, compiled only with DEBUG defined. A failed assertion ends the program as
    /// CoreCLR's does: "Process terminated. Assertion failed." and the message on stderr, status 134.
    /// Debug.WriteLine output goes to stderr (Rivet has no debugger listener).
    /// </summary>
    public static class Debug
    {
        private const int AbortStatus = 134;

        [Conditional("DEBUG")]
        public static void Assert([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition) => Assert(condition, string.Empty);

        [Conditional("DEBUG")]
        public static void Assert([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string? message)
        {
            if (!condition) Fail(message);
        }

        [Conditional("DEBUG")]
        public static void Assert([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string? message, string? detailMessage)
        {
            if (!condition) Fail(message, detailMessage);
        }

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public static void Fail(string? message) => Fail(message, null);

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public static void Fail(string? message, string? detailMessage)
        {
            Console.Error.WriteLine("Process terminated. Assertion failed.");
            if (!string.IsNullOrEmpty(message)) Console.Error.WriteLine(message);
            if (!string.IsNullOrEmpty(detailMessage)) Console.Error.WriteLine(detailMessage);
            Environment.Exit(AbortStatus);
        }

        [Conditional("DEBUG")]
        public static void WriteLine(string? message) => Console.Error.WriteLine(message);

        [Conditional("DEBUG")]
        public static void WriteLine(object? value) => Console.Error.WriteLine(value);

        [Conditional("DEBUG")]
        public static void Write(string? message) => Console.Error.Write(message);
    }
}
