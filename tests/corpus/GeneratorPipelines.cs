// Covers: generic iterator combinators written by hand (Where/Select/Take/Skip/Zip/Concat/
// Distinct) — chains of generic iterator state machines over value and reference types, lazy
// evaluation order across the chain (traced), early termination disposing every stage
// (finally blocks print in inner-to-outer order), and aggregation without LINQ.
using System;
using System.Collections.Generic;

static class Pipe
{
    public static IEnumerable<int> Source(int count, string tag)
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                Console.Write(tag + i + " ");
                yield return i;
            }
        }
        finally { Console.Write("[end " + tag + "] "); }
    }

    public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Func<T, bool> predicate)
    {
        foreach (var item in source) if (predicate(item)) yield return item;
    }

    public static IEnumerable<U> Select<T, U>(this IEnumerable<T> source, Func<T, U> map)
    {
        foreach (var item in source) yield return map(item);
    }

    public static IEnumerable<T> Take<T>(this IEnumerable<T> source, int count)
    {
        if (count <= 0) yield break;
        foreach (var item in source)
        {
            yield return item;
            if (--count == 0) yield break;
        }
    }

    public static IEnumerable<T> Skip<T>(this IEnumerable<T> source, int count)
    {
        foreach (var item in source) if (count-- <= 0) yield return item;
    }

    public static IEnumerable<(T, U)> Zip<T, U>(this IEnumerable<T> first, IEnumerable<U> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        while (a.MoveNext() && b.MoveNext()) yield return (a.Current, b.Current);
    }

    public static IEnumerable<T> Concat<T>(this IEnumerable<T> first, IEnumerable<T> second)
    {
        foreach (var item in first) yield return item;
        foreach (var item in second) yield return item;
    }

    public static IEnumerable<T> Distinct<T>(this IEnumerable<T> source)
    {
        var seen = new HashSet<T>();
        foreach (var item in source) if (seen.Add(item)) yield return item;
    }

    public static List<T> ToList<T>(this IEnumerable<T> source) => new List<T>(source);

    public static TAcc Fold<T, TAcc>(this IEnumerable<T> source, TAcc seed, Func<TAcc, T, TAcc> step)
    {
        foreach (var item in source) seed = step(seed, item);
        return seed;
    }
}

static class GeneratorPipelines
{
    static void Main()
    {
        var query = Pipe.Source(100, "s").Where(x => x % 3 == 0).Select(x => x * x).Take(4);
        Console.WriteLine("built");
        foreach (var v in query) Console.Write("<" + v + "> ");
        Console.WriteLine();

        var words = new[] { "apple", "banana", "avocado", "cherry", "apricot", "blueberry" };
        var aWords = words.Where(w => w[0] == 'a').Select(w => w.ToUpper()).ToList();
        Console.WriteLine(string.Join(",", aWords));
        var lengths = words.Select(w => w.Length).Distinct().ToList();
        Console.WriteLine(string.Join(",", lengths));
        foreach (var (n, w) in Pipe.Source(3, "z").Zip(words)) Console.Write(n + "=" + w + " ");
        Console.WriteLine();
        Console.WriteLine(Pipe.Source(5, "a").Concat(Pipe.Source(3, "b")).Skip(2).Fold(0L, (acc, x) => acc * 10 + x));
        var totals = words.Select(w => (double)w.Length).Fold((sum: 0.0, count: 0), (acc, x) => (acc.sum + x, acc.count + 1));
        Console.WriteLine(totals.sum / totals.count);
    }
}
