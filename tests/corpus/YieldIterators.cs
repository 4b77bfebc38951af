// Covers: iterators with yield — laziness (side effects happen on MoveNext, interleaved with the
// consumer), yield break, iterator locals and parameters, try/finally inside iterators (finally
// runs on completion and on Dispose after an early break), nested/recursive iterators (tree walk),
// infinite generators with a consumer limit, IEnumerable<T> vs IEnumerator<T> iterator methods,
// iterating the same IEnumerable twice (fresh state).
using System;
using System.Collections.Generic;

class Node
{
    public int Value;
    public Node Left, Right;
    public Node(int v, Node l = null, Node r = null) { Value = v; Left = l; Right = r; }
}

static class YieldIterators
{
    static IEnumerable<int> Numbers(int count)
    {
        Console.WriteLine("  start");
        for (int i = 0; i < count; i++)
        {
            Console.WriteLine("  yield " + i);
            yield return i;
        }
        Console.WriteLine("  end");
    }

    static IEnumerable<string> Guarded()
    {
        try
        {
            yield return "first";
            yield return "second";
            yield return "third";
        }
        finally
        {
            Console.WriteLine("  finally in iterator");
        }
    }

    static IEnumerable<int> UntilNegative(int[] values)
    {
        foreach (int v in values)
        {
            if (v < 0) yield break;
            yield return v * 10;
        }
    }

    static IEnumerable<int> InOrder(Node n)
    {
        if (n == null) yield break;
        foreach (int v in InOrder(n.Left)) yield return v;
        yield return n.Value;
        foreach (int v in InOrder(n.Right)) yield return v;
    }

    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerator<char> Letters(string s)
    {
        foreach (char c in s)
            if (char.IsLetter(c)) yield return c;
    }

    static void Main()
    {
        var seq = Numbers(3);
        Console.WriteLine("created");
        foreach (int v in seq) Console.WriteLine("got " + v);
        foreach (string s in Guarded())
        {
            Console.WriteLine(s);
            if (s == "second") break;
        }
        foreach (string s in Guarded()) Console.WriteLine(s);
        foreach (int v in UntilNegative(new[] { 1, 2, -1, 3 })) Console.Write(v + " ");
        Console.WriteLine();

        var tree = new Node(5, new Node(3, new Node(1), new Node(4)), new Node(8, null, new Node(9)));
        foreach (int v in InOrder(tree)) Console.Write(v + " ");
        Console.WriteLine();

        int count = 0;
        foreach (long f in Fibonacci())
        {
            if (count++ == 60) { Console.WriteLine(f); break; }
        }
        var e = Letters("a1b2-c");
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();

        var twice = UntilNegative(new[] { 4, 5 });
        int total = 0;
        foreach (int v in twice) total += v;
        foreach (int v in twice) total += v;
        Console.WriteLine(total);
    }
}
