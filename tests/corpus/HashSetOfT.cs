// Covers: HashSet<T> — Add (returns whether added), Contains, Remove, Count, enumeration of an
// insertion-only set, UnionWith, IntersectWith, ExceptWith, SetEquals, IsSubsetOf, struct and
// string elements, custom IEquatable<T> elements, duplicate elimination over many values.
using System;
using System.Collections.Generic;

struct Name : IEquatable<Name>
{
    public string Value;
    public bool Equals(Name other) => string.CompareOrdinal(Value.ToLower(), other.Value.ToLower()) == 0;
    public override int GetHashCode() => Value.ToLower().GetHashCode();
}

static class HashSetOfT
{
    static string Sorted(HashSet<int> set)
    {
        var items = new List<int>(set);
        items.Sort();
        return string.Join(",", items);
    }

    static void Main()
    {
        var set = new HashSet<int>();
        Console.WriteLine(set.Add(3) + " " + set.Add(5) + " " + set.Add(3) + " " + set.Count);
        foreach (var v in set) Console.Write(v + " ");
        Console.WriteLine();
        Console.WriteLine(set.Contains(5) + " " + set.Contains(4) + " " + set.Remove(5) + " " + set.Remove(5) + " " + set.Count);

        var evens = new HashSet<int>();
        var threes = new HashSet<int>();
        for (int i = 0; i < 30; i++)
        {
            if (i % 2 == 0) evens.Add(i);
            if (i % 3 == 0) threes.Add(i);
        }
        var union = new HashSet<int>(evens);
        union.UnionWith(threes);
        var both = new HashSet<int>(evens);
        both.IntersectWith(threes);
        var onlyEven = new HashSet<int>(evens);
        onlyEven.ExceptWith(threes);
        Console.WriteLine(union.Count + " " + Sorted(both) + " | " + Sorted(onlyEven));
        Console.WriteLine(both.IsSubsetOf(evens) + " " + evens.IsSubsetOf(both) + " " + both.SetEquals(new[] { 0, 6, 12, 18, 24 }));

        var seen = new HashSet<long>();
        long x = 1;
        int steps = 0;
        while (seen.Add(x)) { x = (x * x + 1) % 1000003; steps++; }
        Console.WriteLine("cycle after " + steps + " at " + x);

        var words = new HashSet<string> { "a", "b", "a", "c", "b" };
        Console.WriteLine(words.Count + " " + words.Contains("c") + " " + words.Contains("C"));
        var names = new HashSet<Name> { new Name { Value = "Ann" }, new Name { Value = "ANN" }, new Name { Value = "bob" } };
        Console.WriteLine(names.Count + " " + names.Contains(new Name { Value = "BOB" }));
    }
}
