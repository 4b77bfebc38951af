using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Delegates (docs/runtime-abi.md, "Delegates"): the method pointer always takes the
    /// target first. A multicast delegate keeps its single-cast parts, in order, in
    /// <c>_invocationList</c>; Invoke is compiled by the compiler.</summary>
    public abstract partial class Delegate
    {
        internal object? _target;
        internal nint _methodPtr;
        internal object? _invocationList;
        internal nint _invocationCount;

        public object? Target => _target;

        internal int PartCount => _invocationList == null ? 1 : (int)_invocationCount;

        internal Delegate Part(int index) =>
            _invocationList == null ? this : Unsafe.As<Delegate>(Unsafe.As<object[]>(_invocationList)[index]);

        public static Delegate? Combine(Delegate? a, Delegate? b)
        {
            if (a is null) return b;
            if (b is null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            int na = a.PartCount, nb = b.PartCount;
            var parts = new object[na + nb];
            for (int i = 0; i < na; i++) parts[i] = a.Part(i);
            for (int i = 0; i < nb; i++) parts[na + i] = b.Part(i);
            return a.WithParts(parts, na + nb);
        }

        public static Delegate? Combine(params Delegate?[]? delegates)
        {
            if (delegates == null) return null;
            Delegate? result = null;
            for (int i = 0; i < delegates.Length; i++) result = Combine(result, delegates[i]);
            return result;
        }

        /// <summary>Removes the last occurrence of <paramref name="value"/>'s invocation list from
        /// <paramref name="source"/>'s, as the CLR does.</summary>
        public static Delegate? Remove(Delegate? source, Delegate? value)
        {
            if (source is null) return null;
            if (value is null) return source;
            int ns = source.PartCount, nv = value.PartCount;
            for (int start = ns - nv; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < nv && match; j++) match = source.Part(start + j).SameMethod(value.Part(j));
                if (!match) continue;
                int remaining = ns - nv;
                if (remaining == 0) return null;
                if (remaining == 1) return start == 0 ? source.Part(ns - 1) : source.Part(0);
                var parts = new object[remaining];
                for (int i = 0, k = 0; i < ns; i++)
                    if (i < start || i >= start + nv) parts[k++] = source.Part(i);
                return source.WithParts(parts, remaining);
            }
            return source;
        }

        public static Delegate? RemoveAll(Delegate? source, Delegate? value)
        {
            Delegate? previous;
            do
            {
                previous = source;
                source = Remove(source, value);
            } while (!ReferenceEquals(previous, source));
            return source;
        }

        private Delegate WithParts(object[] parts, int count)
        {
            var result = Unsafe.As<Delegate>(MemberwiseClone());
            result._invocationList = parts;
            result._invocationCount = count;
            var last = Unsafe.As<Delegate>(parts[count - 1]);
            result._target = last._target;
            result._methodPtr = last._methodPtr;
            return result;
        }

        private bool SameMethod(Delegate other) =>
            ReferenceEquals(_target, other._target) && _methodPtr == other._methodPtr;

        public override bool Equals(object? obj)
        {
            if (obj is not Delegate other || other.GetType() != GetType()) return false;
            int n = PartCount;
            if (n != other.PartCount) return false;
            for (int i = 0; i < n; i++)
                if (!Part(i).SameMethod(other.Part(i))) return false;
            return true;
        }

        public override int GetHashCode() => (int)_methodPtr ^ (_target == null ? 0 : RuntimeHelpers.GetHashCode(_target));

        public static bool operator ==(Delegate? d1, Delegate? d2) => d1 is null ? d2 is null : d1.Equals(d2);
        public static bool operator !=(Delegate? d1, Delegate? d2) => !(d1 == d2);

        public Delegate[] GetInvocationList()
        {
            var result = new Delegate[PartCount];
            for (int i = 0; i < result.Length; i++) result[i] = Part(i);
            return result;
        }
    }

    public abstract partial class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate? d1, MulticastDelegate? d2) => d1 is null ? d2 is null : d1.Equals(d2);
        public static bool operator !=(MulticastDelegate? d1, MulticastDelegate? d2) => !(d1 == d2);
        public override bool Equals(object? obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
    }
}
