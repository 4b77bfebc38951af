using System.Runtime.InteropServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The base of all exceptions. The first three fields are fixed by docs/runtime-abi.md:
    /// <c>_stackTrace</c> holds the return addresses the runtime captured at the throw.</summary>
    public partial class Exception
    {
        internal string? _message;
        internal Exception? _innerException;
        internal nint[]? _stackTrace;

        public Exception() { }
        public Exception(string? message) { _message = message; }
        public Exception(string? message, Exception? innerException) { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? $"Exception of type '{GetType().FullName}' was thrown.";
        public Exception? InnerException => _innerException;
        public int HResult { get; set; }
        public virtual string? Source { get; set; }

        public Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        public virtual string? StackTrace
        {
            get
            {
                if (_stackTrace == null) return null;
                string result = "";
                for (int i = 0; i < _stackTrace.Length; i++)
                {
                    string? name = ExceptionHandling.MethodNameForPc(_stackTrace[i]);
                    if (name == null) continue;
                    name += ExceptionHandling.SourceLineSuffix(_stackTrace[i]);
                    result = result.Length == 0 ? "   at " + name : result + "\n   at " + name;
                }
                return result;
            }
        }

        /// <summary>As CoreCLR: <c>Type: Message</c>, the inner exception, then the stack trace.</summary>
        public override string ToString()
        {
            string message = Message;
            string result = GetType().FullName!;
            if (message.Length > 0) result += ": " + message;
            if (_innerException != null)
                result += " ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string? trace = StackTrace;
            if (!string.IsNullOrEmpty(trace)) result += "\n" + trace;
            return result;
        }
    }
}
