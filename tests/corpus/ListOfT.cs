// Covers: List<T> — Add, Insert, Remove, RemoveAt, RemoveAll, indexer get/set, Count, Contains,
// IndexOf, Clear, Sort (default and Comparison), Reverse, ToArray (independent copy), AddRange,
// collection initializers, foreach, List of structs (indexer returns a copy), List of references,
// ArgumentOutOfRangeException from the indexer, InvalidOperationException when modified during foreach.
using System;
using System.Collections.Generic;

struct Item { public int Id; }

static class ListOfT
{
    static void Print<T>(string label, List<T> list)
    {
        Console.Write(label + " (" + list.Count + "):");
        foreach (var x in list) Console.Write(" " + x);
        Console.WriteLine();
    }

    static void Main()
    {
        var list = new List<int>();
        for (int i = 0; i < 20; i++) list.Add(i * 3 % 7);
        Print("added", list);
        list.Insert(0, 100);
        list.Insert(list.Count, 200);
        list.Insert(5, 50);
        Print("inserted", list);
        Console.WriteLine(list.Remove(6) + " " + list.Remove(999));
        list.RemoveAt(0);
        list.RemoveAt(list.Count - 1);
        Print("removed", list);
        Console.WriteLine(list.RemoveAll(x => x % 2 == 0));
        Print("odd only", list);
        Console.WriteLine(list.Contains(5) + " " + list.Contains(4) + " " + list.IndexOf(5) + " " + list.IndexOf(42));
        list[0] = -1;
        list.Sort();
        Print("sorted", list);
        list.Sort((a, b) => b.CompareTo(a));
        Print("descending", list);
        list.Reverse();
        Print("reversed", list);
        int[] array = list.ToArray();
        array[0] = 12345;
        Console.WriteLine(array.Length + " " + list[0] + " " + array[0]);
        list.AddRange(new[] { 7, 8, 9 });
        Print("range", list);
        list.Clear();
        Print("cleared", list);

        var words = new List<string> { "delta", "alpha", "charlie", "bravo" };
        words.Sort(string.CompareOrdinal);
        Print("words", words);
        words.Add(null);
        Console.WriteLine(words.Contains(null) + " " + words.IndexOf("charlie"));

        var items = new List<Item> { new Item { Id = 1 }, new Item { Id = 2 } };
        var copy = items[0];
        copy.Id = 99;
        Console.WriteLine(items[0].Id + " " + copy.Id);
        items[1] = new Item { Id = 22 };
        Console.WriteLine(items[1].Id);

        var big = new List<long>();
        for (long i = 0; i < 10000; i++) big.Add(i * i);
        long sum = 0;
        foreach (long v in big) sum += v;
        Console.WriteLine(big.Count + " " + sum + " " + big[9999]);

        try { Console.WriteLine(list[0]); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("indexer: ArgumentOutOfRangeException"); }
        try { items.RemoveAt(5); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("RemoveAt: ArgumentOutOfRangeException"); }
        try
        {
            var numbers = new List<int> { 1, 2, 3 };
            foreach (int n in numbers)
                if (n == 2) numbers.Add(4);
        }
        catch (InvalidOperationException) { Console.WriteLine("modified during foreach: InvalidOperationException"); }
    }
}
