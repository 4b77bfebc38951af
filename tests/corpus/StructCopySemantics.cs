// Covers: value semantics of structs — assignment copies, method calls on copies (mutating
// methods through readonly fields operate on defensive copies), foreach iteration variables are
// copies, struct elements of arrays mutate in place but List<T> indexer returns a copy, structs
// captured by lambdas are copied into the closure, `this` reassignment in a struct method,
// readonly structs and `in` parameters, and struct equality after copies.
using System;
using System.Collections.Generic;

struct Counter
{
    public int Value;
    public void Increment() => Value++;
    public void Reset() => this = new Counter();
    public override string ToString() => "C" + Value;
}

readonly struct Frozen
{
    public readonly int X;
    public Frozen(int x) { X = x; }
    public Frozen With(int x) => new Frozen(x);
}

class Holder
{
    public Counter Mutable;
    public readonly Counter ReadOnly;
}

static class StructCopySemantics
{
    static void Bump(Counter c) => c.Increment();
    static void BumpRef(ref Counter c) => c.Increment();
    static int Peek(in Counter c) => c.Value;

    static void Main()
    {
        var a = new Counter { Value = 1 };
        var b = a;
        b.Increment();
        Console.WriteLine(a + " " + b);
        Bump(a);
        Console.WriteLine(a);
        BumpRef(ref a);
        Console.WriteLine(a + " " + Peek(a));

        var h = new Holder();
        h.Mutable.Increment();
        h.ReadOnly.Increment();
        Console.WriteLine(h.Mutable + " " + h.ReadOnly);

        var array = new Counter[3];
        array[1].Increment();
        foreach (var item in array) item.ToString();
        for (int i = 0; i < array.Length; i++) array[i].Increment();
        Console.WriteLine(array[0] + " " + array[1] + " " + array[2]);

        var list = new List<Counter> { new Counter(), new Counter() };
        var fromList = list[0];
        fromList.Increment();
        Console.WriteLine(list[0] + " " + fromList);
        list[1] = fromList;
        Console.WriteLine(list[1]);

        var captured = new Counter { Value = 10 };
        Func<int> read = () => captured.Value;
        captured.Increment();
        Console.WriteLine(read());
        var local = captured;
        Action bumpLocalCopy = () => local.Increment();
        bumpLocalCopy();
        bumpLocalCopy();
        Console.WriteLine(local + " " + captured);

        var r = new Counter { Value = 7 };
        r.Reset();
        Console.WriteLine(r);

        var f = new Frozen(3);
        var g = f.With(4);
        Console.WriteLine(f.X + " " + g.X + " " + f.Equals(new Frozen(3)));
        Counter[] source = { new Counter { Value = 1 } };
        Counter[] copyArray = (Counter[])source.Clone();
        copyArray[0].Increment();
        Console.WriteLine(source[0] + " " + copyArray[0]);
        (Counter, Counter) pair = (a, a);
        pair.Item1.Increment();
        Console.WriteLine(pair.Item1 + " " + pair.Item2 + " " + a);
    }
}
