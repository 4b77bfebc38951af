// Covers: IEnumerable<T>/IEnumerator<T> implemented by hand (class enumerator with Dispose
// called by foreach, also on break and on exception), non-generic IEnumerable fallback, a struct
// enumerator found by pattern (GetEnumerator/MoveNext/Current without interfaces), Reset, and
// iterating through the interface vs the concrete type.
using System;
using System.Collections;
using System.Collections.Generic;

class Range : IEnumerable<int>
{
    readonly int start, count;
    public static int Disposed;
    public Range(int start, int count) { this.start = start; this.count = count; }
    public IEnumerator<int> GetEnumerator() => new Enumerator(this);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    sealed class Enumerator : IEnumerator<int>
    {
        readonly Range owner;
        int index = -1;
        public Enumerator(Range owner) { this.owner = owner; }
        public int Current => owner.start + index;
        object IEnumerator.Current => Current;
        public bool MoveNext() => ++index < owner.count;
        public void Reset() => index = -1;
        public void Dispose() { Disposed++; Console.WriteLine("  dispose at " + index); }
    }
}

struct Countdown
{
    int from;
    public Countdown(int from) { this.from = from; }
    public CountdownEnumerator GetEnumerator() => new CountdownEnumerator(from);
}

struct CountdownEnumerator
{
    int current;
    public CountdownEnumerator(int from) { current = from + 1; }
    public int Current => current;
    public bool MoveNext() => --current > 0;
}

static class CustomEnumerators
{
    static int Sum(IEnumerable<int> values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }

    static void Main()
    {
        foreach (int v in new Range(5, 3)) Console.WriteLine(v);
        foreach (int v in new Range(0, 100))
        {
            if (v == 2) break;
            Console.WriteLine("early " + v);
        }
        Console.WriteLine(Sum(new Range(1, 10)) + " disposed " + Range.Disposed);
        try
        {
            foreach (int v in new Range(0, 5))
                if (v == 3) throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException) { Console.WriteLine("caught, disposed " + Range.Disposed); }

        IEnumerable untyped = new Range(7, 2);
        foreach (object o in untyped) Console.WriteLine("object " + o);

        using (IEnumerator<int> e = new Range(10, 2).GetEnumerator())
        {
            while (e.MoveNext()) Console.Write(e.Current + " ");
            e.Reset();
            e.MoveNext();
            Console.WriteLine("after reset " + e.Current);
        }

        foreach (int v in new Countdown(4)) Console.Write(v + " ");
        Console.WriteLine("liftoff");
        var list = new List<int>(new Range(3, 4));
        Console.WriteLine(list.Count + " " + list[3]);
    }
}
