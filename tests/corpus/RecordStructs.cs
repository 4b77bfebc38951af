// Covers: record structs — ToString, == / != / Equals (field-wise, incl. double NaN and strings),
// GetHashCode equality, with-expressions on a value (copy semantics), positional deconstruction,
// mutable record struct properties, readonly record struct, default(record struct), records in
// HashSet/Dictionary keys.
using System;
using System.Collections.Generic;

record struct Point(int X, int Y);
readonly record struct Money(long Cents, string Currency)
{
    public override string ToString() => (Cents / 100) + "." + (Cents % 100).ToString("D2") + " " + Currency;
}
record struct Sample(double Value);

static class RecordStructs
{
    static void Main()
    {
        var p = new Point(1, 2);
        var q = p with { Y = 5 };
        Console.WriteLine(p + " " + q);
        Console.WriteLine((p == new Point(1, 2)) + " " + (p != q) + " " + p.Equals(q) + " " + (p.GetHashCode() == new Point(1, 2).GetHashCode()));
        p.X = 10;
        Console.WriteLine(p + " " + q);
        var (x, y) = q;
        Console.WriteLine(x * 100 + y);
        Console.WriteLine(default(Point));

        var m = new Money(12345, "EUR");
        var n = m with { Cents = 5 };
        Console.WriteLine(m + " | " + n + " | " + (m == new Money(12345, "EUR")) + " " + (m == new Money(12345, "USD")));

        Console.WriteLine(new Sample(double.NaN) == new Sample(double.NaN));
        Console.WriteLine(new Sample(double.NaN).Equals(new Sample(double.NaN)));
        Console.WriteLine(new Sample(0.0) == new Sample(-0.0));

        var set = new HashSet<Point> { new Point(1, 1), new Point(1, 1), new Point(2, 1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Point(2, 1)));
        var map = new Dictionary<Point, string> { [new Point(0, 0)] = "origin" };
        Console.WriteLine(map[new Point(0, 0)]);
        object boxed = q;
        Console.WriteLine(boxed.Equals(new Point(1, 5)) + " " + boxed);
    }
}
