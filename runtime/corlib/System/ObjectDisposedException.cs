namespace System
{
    /// <summary>.NET's ObjectDisposedException; a named object adds a line "Object name: 'X'.".</summary>
    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string? _objectName;

        public ObjectDisposedException(string? objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string? objectName, string? message) : base(message) { _objectName = objectName; }
        public ObjectDisposedException(string? message, Exception? innerException) : base(message, innerException) { }

        public string ObjectName => _objectName ?? "";

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name.Length == 0) return base.Message;
                return base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }

        public static void ThrowIf([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(true)] bool condition, object instance)
        {
            if (condition) throw new ObjectDisposedException(instance?.GetType().FullName);
        }
    }
}
