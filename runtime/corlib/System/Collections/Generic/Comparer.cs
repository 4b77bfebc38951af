namespace System.Collections.Generic
{
    /// <summary>
    /// Ordering for generic code. <see cref="Default"/> uses <see cref="IComparable{T}"/>, then
    /// <see cref="IComparable"/>; nulls sort first. See <see cref="EqualityComparer{T}"/> on boxing.
    /// </summary>
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        public static Comparer<T> Default { get; } = new DefaultComparer<T>();

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T? x, T? y);

        int IComparer.Compare(object? x, object? y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T a && y is T b) return Compare(a, b);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    internal sealed class DefaultComparer<T> : Comparer<T>
    {
        public override int Compare(T? x, T? y)
        {
            if (TypeTraits<T>.CanBeNull)
            {
                if (x == null) return y == null ? 0 : -1;
                if (y == null) return 1;
            }
            if (x is IComparable<T> generic) return generic.CompareTo(y);
            if (x is IComparable nonGeneric) return nonGeneric.CompareTo(y);
            throw new InvalidOperationException("Failed to compare two elements in the array.", new ArgumentException("At least one object must implement IComparable."));
        }

        public override bool Equals(object? obj) => obj is DefaultComparer<T>;
        public override int GetHashCode() => 0x2C71_93B5;
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;

        public ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }

        public override int Compare(T? x, T? y) => _comparison(x!, y!);
    }
}
