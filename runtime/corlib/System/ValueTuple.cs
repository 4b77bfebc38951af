using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// <summary>Implemented by every ValueTuple so that a TRest tuple can print its items without the extra parentheses.</summary>
    internal interface IValueTupleInternal
    {
        string ToStringEnd();
    }

    /// <summary>The empty tuple; also the factory of ValueTuple values.</summary>
    public struct ValueTuple : IEquatable<ValueTuple>, IComparable, IComparable<ValueTuple>, IValueTupleInternal
    {
        public override bool Equals(object? obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        public int CompareTo(object? other) => other is null || other is ValueTuple ? 0 : throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
        public int CompareTo(ValueTuple other) => 0;
        public override int GetHashCode() => 0;
        public override string ToString() => "()";
        string IValueTupleInternal.ToStringEnd() => ")";

        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new ValueTuple<T1, T2>(item1, item2);
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new ValueTuple<T1, T2, T3>(item1, item2, item3);
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) =>
            new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new ValueTuple<T8>(item8));
    }

    /// <summary>A 1-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1> other && Equals(other);

        public bool Equals(ValueTuple<T1> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        public override int GetHashCode() => EqualityComparer<T1>.Default.GetHashCode(Item1!);

        public override string ToString() => "(" + Item1?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ")";
    }

    /// <summary>A 2-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ")";
    }

    /// <summary>A 3-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
    }

    /// <summary>A 4-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3) &&
                EqualityComparer<T4>.Default.Equals(Item4, other.Item4);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3, T4> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!), EqualityComparer<T4>.Default.GetHashCode(Item4!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
    }

    /// <summary>A 5-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3) &&
                EqualityComparer<T4>.Default.Equals(Item4, other.Item4) &&
                EqualityComparer<T5>.Default.Equals(Item5, other.Item5);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3, T4, T5> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!), EqualityComparer<T4>.Default.GetHashCode(Item4!), EqualityComparer<T5>.Default.GetHashCode(Item5!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
    }

    /// <summary>A 6-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3) &&
                EqualityComparer<T4>.Default.Equals(Item4, other.Item4) &&
                EqualityComparer<T5>.Default.Equals(Item5, other.Item5) &&
                EqualityComparer<T6>.Default.Equals(Item6, other.Item6);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3, T4, T5, T6> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0) return c5;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!), EqualityComparer<T4>.Default.GetHashCode(Item4!), EqualityComparer<T5>.Default.GetHashCode(Item5!), EqualityComparer<T6>.Default.GetHashCode(Item6!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
    }

    /// <summary>A 7-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3) &&
                EqualityComparer<T4>.Default.Equals(Item4, other.Item4) &&
                EqualityComparer<T5>.Default.Equals(Item5, other.Item5) &&
                EqualityComparer<T6>.Default.Equals(Item6, other.Item6) &&
                EqualityComparer<T7>.Default.Equals(Item7, other.Item7);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3, T4, T5, T6, T7> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0) return c5;
            int c6 = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c6 != 0) return c6;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!), EqualityComparer<T4>.Default.GetHashCode(Item4!), EqualityComparer<T5>.Default.GetHashCode(Item5!), EqualityComparer<T6>.Default.GetHashCode(Item6!), EqualityComparer<T7>.Default.GetHashCode(Item7!));

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
    }

    /// <summary>A 8-field value tuple: equality and ordering item by item with the default comparers; prints as "(a, b, …)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object? obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) =>
                EqualityComparer<T1>.Default.Equals(Item1, other.Item1) &&
                EqualityComparer<T2>.Default.Equals(Item2, other.Item2) &&
                EqualityComparer<T3>.Default.Equals(Item3, other.Item3) &&
                EqualityComparer<T4>.Default.Equals(Item4, other.Item4) &&
                EqualityComparer<T5>.Default.Equals(Item5, other.Item5) &&
                EqualityComparer<T6>.Default.Equals(Item6, other.Item6) &&
                EqualityComparer<T7>.Default.Equals(Item7, other.Item7) &&
                EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);

        public int CompareTo(object? other)
        {
            if (other is null) return 1;
            if (other is not ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> tuple) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", nameof(other));
            return CompareTo(tuple);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0) return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0) return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0) return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0) return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0) return c5;
            int c6 = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c6 != 0) return c6;
            int c7 = Comparer<T7>.Default.Compare(Item7, other.Item7);
            if (c7 != 0) return c7;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }

        public override int GetHashCode() => HashCode.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1!), EqualityComparer<T2>.Default.GetHashCode(Item2!), EqualityComparer<T3>.Default.GetHashCode(Item3!), EqualityComparer<T4>.Default.GetHashCode(Item4!), EqualityComparer<T5>.Default.GetHashCode(Item5!), EqualityComparer<T6>.Default.GetHashCode(Item6!), EqualityComparer<T7>.Default.GetHashCode(Item7!), Rest.GetHashCode());

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + RestToStringEnd();
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + RestToStringEnd();
        private string RestToStringEnd() => Rest is IValueTupleInternal rest ? rest.ToStringEnd() : Rest.ToString() + ")";
    }
}
