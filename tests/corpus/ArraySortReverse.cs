// Covers: Array.Sort (int, long, double with NaN and -0.0, char, uint with high bit, a range,
// Comparison<T> delegate, IComparer<T>, keys/items pairs), Array.Reverse (whole and range),
// sorting already-sorted/reversed/all-equal inputs, and large arrays (introsort paths).
using System;
using System.Collections.Generic;

static class ArraySortReverse
{
    class Descending : IComparer<int>
    {
        public int Compare(int x, int y) => y.CompareTo(x);
    }

    static void Print<T>(string label, T[] items)
    {
        Console.Write(label + ":");
        foreach (var item in items) Console.Write(" " + item);
        Console.WriteLine();
    }

    static void Main()
    {
        int[] a = { 5, -3, 9, 0, 5, int.MinValue, int.MaxValue, 2, -3, 7 };
        Array.Sort(a);
        Print("int", a);
        Array.Reverse(a);
        Print("reversed", a);
        Array.Reverse(a, 2, 4);
        Print("range-reversed", a);

        double[] d = { 3.5, double.NaN, -0.0, 0.0, -1e300, double.PositiveInfinity, double.NegativeInfinity, 2.25 };
        Array.Sort(d);
        Print("double", d);

        uint[] u = { 0x80000000u, 1u, 0xFFFFFFFFu, 0u, 12345u };
        Array.Sort(u);
        Print("uint", u);
        long[] l = { 1L << 40, -(1L << 40), 0, long.MaxValue, long.MinValue };
        Array.Sort(l);
        Print("long", l);
        char[] c = "differential".ToCharArray();
        Array.Sort(c);
        Print("char", c);

        int[] partial = { 9, 8, 7, 6, 5, 4, 3, 2, 1 };
        Array.Sort(partial, 2, 5);
        Print("range-sorted", partial);

        string[] words = { "pear", "apple", "fig", "banana", "kiwi", "cherry" };
        Array.Sort(words, (x, y) => x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y));
        Print("by-length", words);
        Array.Sort(words, string.CompareOrdinal);
        Print("ordinal", words);

        int[] desc = { 4, 1, 3, 5, 2 };
        Array.Sort(desc, new Descending());
        Print("descending", desc);

        int[] keys = { 3, 1, 2 };
        string[] items = { "three", "one", "two" };
        Array.Sort(keys, items);
        Print("keys", keys);
        Print("items", items);


        // Large inputs drive introsort through partitioning and heapsort fallback-free paths.
        uint seed = 12345;
        int[] big = new int[5000];
        for (int i = 0; i < big.Length; i++) { seed = seed * 1664525 + 1013904223; big[i] = (int)(seed >> 8) % 1000; }
        Array.Sort(big);
        bool sorted = true;
        long checksum = 0;
        for (int i = 0; i < big.Length; i++)
        {
            if (i > 0 && big[i - 1] > big[i]) sorted = false;
            checksum = checksum * 31 + big[i];
        }
        Console.WriteLine("big sorted " + sorted + " checksum " + checksum + " first " + big[0] + " last " + big[^1]);
        int[] same = new int[100];
        for (int i = 0; i < same.Length; i++) same[i] = 7;
        Array.Sort(same);
        Console.WriteLine(same[0] + same[99]);
        int[] empty = new int[0];
        Array.Sort(empty);
        Array.Reverse(empty);
        Console.WriteLine("empty " + empty.Length);
    }
}
