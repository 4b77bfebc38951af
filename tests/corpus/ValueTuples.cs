// Covers: ValueTuple — construction, named elements, Item1.., deconstruction (into new and
// existing variables, discards), swap via tuples, tuples as return values and in arrays/lists,
// == and != (element-wise), Equals/GetHashCode agreement, ToString formats incl. null and nesting,
// 8+ element tuples (TRest), mutation of copies.
using System;
using System.Collections.Generic;

static class ValueTuples
{
    static (int Min, int Max, double Mean) Stats(int[] values)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0;
        foreach (int v in values) { min = Math.Min(min, v); max = Math.Max(max, v); sum += v; }
        return (min, max, (double)sum / values.Length);
    }

    static void Main()
    {
        var t = (1, "two", 3.0);
        Console.WriteLine(t);
        Console.WriteLine(t.Item1 + " " + t.Item2 + " " + t.Item3);
        var stats = Stats(new[] { 4, -2, 9, 1 });
        Console.WriteLine(stats.Min + " " + stats.Max + " " + stats.Mean + " " + stats);
        var (lo, hi, _) = stats;
        Console.WriteLine(lo + hi);
        int x = 1, y = 2;
        (x, y) = (y, x);
        Console.WriteLine(x + " " + y);

        var a = (1, 'c', "s");
        var b = (1, 'c', "s");
        var c = (1, 'c', "S");
        Console.WriteLine((a == b) + " " + (a != c) + " " + a.Equals(b) + " " + a.Equals(c) + " " + (a.GetHashCode() == b.GetHashCode()));
        Console.WriteLine((1, (2, 3), (string)null, 'z'));
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Console.WriteLine(big + " " + big.Item9 + " " + big.Item10);

        var list = new List<(string Name, int Score)> { ("ann", 3), ("bob", 5) };
        var first = list[0];
        first.Score = 100;
        Console.WriteLine(list[0].Score + " " + first.Score);
        (string, int)[] pairs = { ("x", 1), ("y", 2) };
        pairs[1].Item2 += 40;
        foreach (var (name, score) in pairs) Console.Write(name + "=" + score + " ");
        Console.WriteLine();
        object boxed = (5, "five");
        Console.WriteLine((boxed is ValueTuple<int, string>) + " " + boxed);
        var nested = ((1, 2), (3, (4, 5)));
        Console.WriteLine(nested.Item2.Item2.Item1 + " " + nested);
        ValueTuple<int> single = new ValueTuple<int>(7);
        Console.WriteLine(single + " " + default((int, bool)));
    }
}
