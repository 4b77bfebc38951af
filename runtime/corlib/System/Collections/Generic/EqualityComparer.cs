using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>
    /// Equality for generic code. <see cref="Default"/> calls <see cref="IEquatable{T}.Equals(T)"/> when
    /// T implements it, else <see cref="object.Equals(object)"/>. Written as `x is IEquatable&lt;T&gt;`
    /// tests on the generic value: Rivet compiles generics per instantiation, so for a value type T the
    /// compiler resolves the test statically and calls the method on the value without boxing it.
    /// </summary>
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        public static EqualityComparer<T> Default { get; } = new DefaultEqualityComparer<T>();

        public static EqualityComparer<T> Create(Func<T?, T?, bool> equals, Func<T, int>? getHashCode = null) =>
            new DelegateEqualityComparer<T>(equals, getHashCode);

        public abstract bool Equals(T? x, T? y);
        public abstract int GetHashCode([System.Diagnostics.CodeAnalysis.DisallowNull] T obj);

        bool IEqualityComparer.Equals(object? x, object? y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T a && y is T b) return Equals(a, b);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T value) return GetHashCode(value);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    internal sealed class DefaultEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T? x, T? y)
        {
            // Primitive Ts compare without the box that `x is IEquatable<T>` costs a value type (Rivet has
            // no collector yet, so each box would leak). Each typeof test is a constant per instantiation.
            if (typeof(T) == typeof(int)) return As<int>(ref x) == As<int>(ref y);
            if (typeof(T) == typeof(long)) return As<long>(ref x) == As<long>(ref y);
            if (typeof(T) == typeof(uint)) return As<uint>(ref x) == As<uint>(ref y);
            if (typeof(T) == typeof(ulong)) return As<ulong>(ref x) == As<ulong>(ref y);
            if (typeof(T) == typeof(short)) return As<short>(ref x) == As<short>(ref y);
            if (typeof(T) == typeof(ushort)) return As<ushort>(ref x) == As<ushort>(ref y);
            if (typeof(T) == typeof(byte)) return As<byte>(ref x) == As<byte>(ref y);
            if (typeof(T) == typeof(sbyte)) return As<sbyte>(ref x) == As<sbyte>(ref y);
            if (typeof(T) == typeof(char)) return As<char>(ref x) == As<char>(ref y);
            if (typeof(T) == typeof(bool)) return As<bool>(ref x) == As<bool>(ref y);
            if (typeof(T) == typeof(nint)) return As<nint>(ref x) == As<nint>(ref y);
            if (typeof(T) == typeof(nuint)) return As<nuint>(ref x) == As<nuint>(ref y);
            if (typeof(T) == typeof(double)) return As<double>(ref x).Equals(As<double>(ref y));
            if (typeof(T) == typeof(float)) return As<float>(ref x).Equals(As<float>(ref y));
            if (TypeTraits<T>.CanBeNull)
            {
                if (x == null) return y == null;
                if (y == null) return false;
            }
            if (x is IEquatable<T> equatable) return equatable.Equals(y!);
            return x!.Equals(y);
        }

        public override int GetHashCode(T obj) => TypeTraits<T>.CanBeNull && obj == null ? 0 : obj!.GetHashCode();

        private static ref TPrimitive As<TPrimitive>(ref T? value) => ref Unsafe.As<T?, TPrimitive>(ref value);

        public override bool Equals(object? obj) => obj is DefaultEqualityComparer<T>;
        public override int GetHashCode() => 0x45A6_8C1D;
    }

    internal sealed class DelegateEqualityComparer<T> : EqualityComparer<T>
    {
        private readonly Func<T?, T?, bool> _equals;
        private readonly Func<T, int>? _getHashCode;

        public DelegateEqualityComparer(Func<T?, T?, bool> equals, Func<T, int>? getHashCode)
        {
            if (equals == null) ThrowHelper.ThrowArgumentNullException(nameof(equals));
            _equals = equals;
            _getHashCode = getHashCode;
        }

        public override bool Equals(T? x, T? y) => _equals(x, y);

        public override int GetHashCode(T obj)
        {
            if (_getHashCode == null) throw new NotSupportedException();
            return _getHashCode(obj);
        }
    }
}
