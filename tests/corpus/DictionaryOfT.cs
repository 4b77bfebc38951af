// Covers: Dictionary<TKey,TValue> — Add, indexer set (insert/overwrite), indexer get,
// TryGetValue, ContainsKey, ContainsValue, Remove (with out value), Count, enumeration in
// insertion order (no removals), Keys/Values, string/int/enum/struct keys, custom IEquatable keys,
// growth past many resizes, KeyNotFoundException, ArgumentException on duplicate Add,
// ArgumentNullException for null key, word counting.
using System;
using System.Collections.Generic;

enum Suit { Hearts, Spades }

struct Coord : IEquatable<Coord>
{
    public int X, Y;
    public bool Equals(Coord other) => X == other.X && Y == other.Y;
    public override bool Equals(object obj) => obj is Coord c && Equals(c);
    public override int GetHashCode() => X * 397 ^ Y;
}

static class DictionaryOfT
{
    static void Main()
    {
        var ages = new Dictionary<string, int>();
        ages.Add("ann", 31);
        ages["bob"] = 25;
        ages["cy"] = 40;
        ages["bob"] = 26;
        Console.WriteLine(ages.Count + " " + ages["bob"] + " " + ages.ContainsKey("ann") + " " + ages.ContainsKey("ANN") + " " + ages.ContainsValue(40));
        foreach (var pair in ages) Console.Write(pair.Key + "=" + pair.Value + " ");
        Console.WriteLine();
        foreach (var key in ages.Keys) Console.Write(key + " ");
        foreach (var value in ages.Values) Console.Write(value + " ");
        Console.WriteLine();
        Console.WriteLine(ages.TryGetValue("cy", out int cy) + " " + cy + " " + ages.TryGetValue("dan", out int dan) + " " + dan);
        Console.WriteLine(ages.Remove("ann") + " " + ages.Remove("ann") + " " + ages.Count);
        Console.WriteLine(ages.Remove("cy", out int removed) + " " + removed);

        var words = "the cat and the dog and the bird".Split(' ');
        var counts = new Dictionary<string, int>();
        foreach (var w in words)
            counts[w] = counts.TryGetValue(w, out int c) ? c + 1 : 1;
        foreach (var pair in counts) Console.Write(pair.Key + ":" + pair.Value + " ");
        Console.WriteLine();

        var squares = new Dictionary<int, long>();
        for (int i = -5000; i < 5000; i++) squares[i * 7] = (long)i * i;
        long check = 0;
        for (int i = -5000; i < 5000; i++) check += squares[i * 7];
        Console.WriteLine(squares.Count + " " + check + " " + squares.ContainsKey(7 * 4999) + " " + squares.ContainsKey(1));
        for (int i = -5000; i < 5000; i += 2) squares.Remove(i * 7);
        Console.WriteLine(squares.Count + " " + squares.ContainsKey(-35000) + " " + squares.ContainsKey(-34993));

        var bySuit = new Dictionary<Suit, string> { [Suit.Spades] = "black", [Suit.Hearts] = "red" };
        Console.WriteLine(bySuit[Suit.Hearts] + " " + bySuit[Suit.Spades]);
        var grid = new Dictionary<Coord, char>();
        grid[new Coord { X = 1, Y = 2 }] = 'a';
        grid[new Coord { X = 2, Y = 1 }] = 'b';
        grid[new Coord { X = 1, Y = 2 }] = 'c';
        Console.WriteLine(grid.Count + " " + grid[new Coord { X = 1, Y = 2 }]);
        var nested = new Dictionary<string, List<int>>();
        foreach (var (k, v) in new[] { ("a", 1), ("b", 2), ("a", 3) })
        {
            if (!nested.TryGetValue(k, out var bucket)) nested[k] = bucket = new List<int>();
            bucket.Add(v);
        }
        Console.WriteLine(nested["a"].Count + " " + nested["a"][1] + " " + nested["b"][0]);

        try { Console.WriteLine(ages["nobody"]); }
        catch (KeyNotFoundException) { Console.WriteLine("KeyNotFoundException"); }
        try { ages.Add("bob", 1); }
        catch (ArgumentException) { Console.WriteLine("duplicate: ArgumentException"); }
        try { ages[null] = 1; }
        catch (ArgumentNullException) { Console.WriteLine("null key: ArgumentNullException"); }
    }
}
