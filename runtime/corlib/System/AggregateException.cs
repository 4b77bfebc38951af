using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System
{
    /// <summary>One or more errors, as a faulted Task reports them through <c>Task.Exception</c>.</summary>
    public class AggregateException : Exception
    {
        private const string DefaultMessage = "One or more errors occurred.";
        private readonly Exception[] _innerExceptions;

        public AggregateException() : base(DefaultMessage) { _innerExceptions = Array.Empty<Exception>(); }
        public AggregateException(string? message) : base(message) { _innerExceptions = Array.Empty<Exception>(); }

        public AggregateException(params Exception[] innerExceptions) : this(DefaultMessage, innerExceptions) { }

        public AggregateException(IEnumerable<Exception> innerExceptions) : this(DefaultMessage, new List<Exception>(innerExceptions).ToArray()) { }

        public AggregateException(string? message, params Exception[] innerExceptions)
            : base(message, innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) ThrowHelper.ThrowArgumentNullException(nameof(innerExceptions));
            _innerExceptions = (Exception[])innerExceptions.Clone();
        }

        public ReadOnlyCollection<Exception> InnerExceptions => new ReadOnlyCollection<Exception>(_innerExceptions);

        /// <summary>.NET appends each inner message in parentheses: "One or more errors occurred. (first) (second)".</summary>
        public override string Message
        {
            get
            {
                if (_innerExceptions.Length == 0) return base.Message;
                var builder = new System.Text.StringBuilder(base.Message);
                foreach (Exception inner in _innerExceptions)
                {
                    builder.Append(" (");
                    builder.Append(inner.Message);
                    builder.Append(')');
                }
                return builder.ToString();
            }
        }

        public AggregateException Flatten()
        {
            var flat = new List<Exception>();
            var pending = new List<AggregateException> { this };
            for (int i = 0; i < pending.Count; i++)
            {
                foreach (Exception inner in pending[i]._innerExceptions)
                {
                    if (inner is AggregateException nested) pending.Add(nested);
                    else flat.Add(inner);
                }
            }
            return new AggregateException(base.Message, flat.ToArray());
        }
    }
}
