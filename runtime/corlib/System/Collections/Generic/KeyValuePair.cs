namespace System.Collections.Generic
{
    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) => new KeyValuePair<TKey, TValue>(key, value);
    }

    /// <summary>A key and its value; prints as "[key, value]" like .NET.</summary>
    public readonly struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey key;
        private readonly TValue value;

        public KeyValuePair(TKey key, TValue value)
        {
            this.key = key;
            this.value = value;
        }

        public TKey Key => key;
        public TValue Value => value;

        public void Deconstruct(out TKey key, out TValue value)
        {
            key = Key;
            value = Value;
        }

        public override string ToString()
        {
            var builder = new System.Text.StringBuilder();
            builder.Append('[');
            if (Key != null) builder.Append(Key.ToString());
            builder.Append(", ");
            if (Value != null) builder.Append(Value.ToString());
            builder.Append(']');
            return builder.ToString();
        }
    }
}
