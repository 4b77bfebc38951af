namespace System
{
    /// <summary>Nullable&lt;T&gt;. Boxing gives a boxed T or null and unboxing accepts either
    /// (ECMA-335 II.4.1.1, done by the compiler); the field names are known to it.</summary>
    public partial struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;

        public Nullable(T value)
        {
            this.value = value;
            hasValue = true;
        }

        public readonly bool HasValue => hasValue;

        public readonly T Value
        {
            get
            {
                if (!hasValue) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }

        public readonly T GetValueOrDefault() => value;
        public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

        public override bool Equals(object? other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }

        public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;
        public override string? ToString() => hasValue ? value.ToString() : "";

        public static implicit operator T?(T value) => new T?(value);
        public static explicit operator T(T? value) => value!.Value;
    }

    public static class Nullable
    {
        public static Type? GetUnderlyingType(Type nullableType) => null;
    }
}
