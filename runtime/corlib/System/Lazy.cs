namespace System
{
    /// <summary>A value created on first use by a factory (or T's default constructor). Single-threaded: no locking is needed on Rivet.</summary>
    public class Lazy<T>
    {
        private Func<T>? _factory;
        private T _value = default!;
        private Exception? _error;
        private bool _created;

        public Lazy() : this(static () => Activator.CreateInstance<T>()) { }

        public Lazy(Func<T> valueFactory)
        {
            if (valueFactory == null) ThrowHelper.ThrowArgumentNullException(nameof(valueFactory));
            _factory = valueFactory;
        }

        public Lazy(T value)
        {
            _value = value;
            _created = true;
        }

        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory) { }

        public bool IsValueCreated => _created;

        /// <summary>The value; a factory exception is cached and rethrown on every access, as .NET's default mode does.</summary>
        public T Value
        {
            get
            {
                if (_created) return _value;
                if (_error != null) throw _error;
                Func<T>? factory = _factory;
                if (factory == null) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                _factory = null;
                try
                {
                    _value = factory();
                }
                catch (Exception e)
                {
                    _error = e;
                    throw;
                }
                _created = true;
                return _value;
            }
        }

        public override string? ToString() => _created ? _value?.ToString() : "Value is not created.";
    }
}
