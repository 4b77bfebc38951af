using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace System
{
    /// <summary>Factory of reference tuples.</summary>
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) => new Tuple<T1>(item1);
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new Tuple<T1, T2>(item1, item2);
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new Tuple<T1, T2, T3>(item1, item2, item3);
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) =>
            new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8));
    }

    /// <summary>Implemented by every Tuple so that a TRest tuple prints its items without extra parentheses.</summary>
    internal interface ITupleInternal
    {
        void AppendItems(StringBuilder builder);
    }

    /// <summary>An immutable 1-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;

        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }

        public T1 Item1 => m_Item1;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1);

        public override int GetHashCode() => m_Item1?.GetHashCode() ?? 0;

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            return Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 2-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            return Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 3-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            return Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 4-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3, T4> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3, T4> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) &&
                EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3, m_Item4);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3, T4> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
            if (c3 != 0) return c3;
            return Comparer<T4>.Default.Compare(m_Item4, other.m_Item4);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(", ");
            builder.Append(m_Item4);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 5-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3, T4, T5> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3, T4, T5> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) &&
                EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4) &&
                EqualityComparer<T5>.Default.Equals(m_Item5, other.m_Item5);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3, m_Item4, m_Item5);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3, T4, T5> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(m_Item4, other.m_Item4);
            if (c4 != 0) return c4;
            return Comparer<T5>.Default.Compare(m_Item5, other.m_Item5);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(", ");
            builder.Append(m_Item4);
            builder.Append(", ");
            builder.Append(m_Item5);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 6-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3, T4, T5, T6> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3, T4, T5, T6> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) &&
                EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4) &&
                EqualityComparer<T5>.Default.Equals(m_Item5, other.m_Item5) &&
                EqualityComparer<T6>.Default.Equals(m_Item6, other.m_Item6);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3, m_Item4, m_Item5, m_Item6);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3, T4, T5, T6> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(m_Item4, other.m_Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(m_Item5, other.m_Item5);
            if (c5 != 0) return c5;
            return Comparer<T6>.Default.Compare(m_Item6, other.m_Item6);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(", ");
            builder.Append(m_Item4);
            builder.Append(", ");
            builder.Append(m_Item5);
            builder.Append(", ");
            builder.Append(m_Item6);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 7-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;
        public T7 Item7 => m_Item7;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3, T4, T5, T6, T7> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) &&
                EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4) &&
                EqualityComparer<T5>.Default.Equals(m_Item5, other.m_Item5) &&
                EqualityComparer<T6>.Default.Equals(m_Item6, other.m_Item6) &&
                EqualityComparer<T7>.Default.Equals(m_Item7, other.m_Item7);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3, m_Item4, m_Item5, m_Item6, m_Item7);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3, T4, T5, T6, T7> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(m_Item4, other.m_Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(m_Item5, other.m_Item5);
            if (c5 != 0) return c5;
            int c6 = Comparer<T6>.Default.Compare(m_Item6, other.m_Item6);
            if (c6 != 0) return c6;
            return Comparer<T7>.Default.Compare(m_Item7, other.m_Item7);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(", ");
            builder.Append(m_Item4);
            builder.Append(", ");
            builder.Append(m_Item5);
            builder.Append(", ");
            builder.Append(m_Item6);
            builder.Append(", ");
            builder.Append(m_Item7);
            builder.Append(')');
        }
    }

    /// <summary>An immutable 8-item reference tuple; equality item by item, prints as "(a, b, …)".</summary>
    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IComparable, ITupleInternal where TRest : notnull
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;
        private readonly TRest m_Rest;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
            m_Rest = rest;
        }

        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;
        public T7 Item7 => m_Item7;
        public TRest Rest => m_Rest;

        public override bool Equals(object? obj) =>
            obj is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other &&
                EqualityComparer<T1>.Default.Equals(m_Item1, other.m_Item1) &&
                EqualityComparer<T2>.Default.Equals(m_Item2, other.m_Item2) &&
                EqualityComparer<T3>.Default.Equals(m_Item3, other.m_Item3) &&
                EqualityComparer<T4>.Default.Equals(m_Item4, other.m_Item4) &&
                EqualityComparer<T5>.Default.Equals(m_Item5, other.m_Item5) &&
                EqualityComparer<T6>.Default.Equals(m_Item6, other.m_Item6) &&
                EqualityComparer<T7>.Default.Equals(m_Item7, other.m_Item7) &&
                EqualityComparer<TRest>.Default.Equals(m_Rest, other.m_Rest);

        public override int GetHashCode() => HashCode.Combine(m_Item1, m_Item2, m_Item3, m_Item4, m_Item5, m_Item6, m_Item7, m_Rest);

        public int CompareTo(object? obj)
        {
            if (obj is null) return 1;
            if (obj is not Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(obj));
            int c1 = Comparer<T1>.Default.Compare(m_Item1, other.m_Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(m_Item2, other.m_Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(m_Item3, other.m_Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(m_Item4, other.m_Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(m_Item5, other.m_Item5);
            if (c5 != 0) return c5;
            int c6 = Comparer<T6>.Default.Compare(m_Item6, other.m_Item6);
            if (c6 != 0) return c6;
            int c7 = Comparer<T7>.Default.Compare(m_Item7, other.m_Item7);
            if (c7 != 0) return c7;
            return Comparer<TRest>.Default.Compare(m_Rest, other.m_Rest);
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append('(');
            ((ITupleInternal)this).AppendItems(builder);
            return builder.ToString();
        }

        void ITupleInternal.AppendItems(StringBuilder builder)
        {
            builder.Append(m_Item1);
            builder.Append(", ");
            builder.Append(m_Item2);
            builder.Append(", ");
            builder.Append(m_Item3);
            builder.Append(", ");
            builder.Append(m_Item4);
            builder.Append(", ");
            builder.Append(m_Item5);
            builder.Append(", ");
            builder.Append(m_Item6);
            builder.Append(", ");
            builder.Append(m_Item7);
            builder.Append(", ");
            if (m_Rest is ITupleInternal rest) rest.AppendItems(builder);
            else
            {
                builder.Append(m_Rest);
                builder.Append(')');
            }
        }
    }
}
