// Covers: System.ValueType — default field-wise Equals (with and without reference fields),
// GetHashCode equality for equal values, default ToString (type name), overridden members,
// struct copy on assignment.
using System;

struct Pair { public int A; public long B; }
struct WithString { public string Name; public int Count; }
struct WithDouble { public double D; }
struct Custom
{
    public int V;
    public override string ToString() => "Custom:" + V;
    public override bool Equals(object obj) => obj is Custom c && c.V % 10 == V % 10;
    public override int GetHashCode() => V % 10;
}

static class ValueTypeEquality
{
    static void Main()
    {
        var p = new Pair { A = 1, B = 2 };
        var q = new Pair { A = 1, B = 2 };
        var r = new Pair { A = 1, B = 3 };
        Console.WriteLine(p.Equals(q));
        Console.WriteLine(p.Equals(r));
        Console.WriteLine(p.Equals((object)q));
        Console.WriteLine(p.GetHashCode() == q.GetHashCode());
        Console.WriteLine(p.ToString());
        Console.WriteLine(p.Equals(null));
        Console.WriteLine(p.Equals(42));

        var s1 = new WithString { Name = "ab", Count = 1 };
        var s2 = new WithString { Name = string.Concat("a", "b"), Count = 1 };
        var s3 = new WithString { Name = "ba", Count = 1 };
        Console.WriteLine(s1.Equals(s2));
        Console.WriteLine(s1.Equals(s3));
        Console.WriteLine(s1.GetHashCode() == s2.GetHashCode());
        Console.WriteLine(new WithString().Equals(new WithString()));

        Console.WriteLine(new WithDouble { D = 0.0 }.Equals(new WithDouble { D = -0.0 }));
        Console.WriteLine(new WithDouble { D = double.NaN }.Equals(new WithDouble { D = double.NaN }));

        var c1 = new Custom { V = 3 };
        var c2 = new Custom { V = 13 };
        Console.WriteLine(c1);
        Console.WriteLine(c1.Equals(c2));
        Console.WriteLine(c1.GetHashCode() == c2.GetHashCode());

        var copy = p;
        copy.A = 100;
        Console.WriteLine(p.A + " " + copy.A);
        ValueType boxed = p;
        p.A = 7;
        Console.WriteLine(((Pair)boxed).A + " " + p.A);
        Console.WriteLine(boxed is Pair);
        Console.WriteLine(boxed is ValueType);
    }
}
