// Covers: heavy allocation without a collector — hundreds of thousands of small objects in a
// linked list, arrays of many sizes (incl. zero-length and multi-megabyte), strings built by
// repeated concatenation (much garbage), boxed values in object[], and a List<T> grown past many
// reallocations; every structure is verified after building, so a bad allocator shows.
using System;
using System.Collections.Generic;

class Node
{
    public int Value;
    public Node Next;
}

static class AllocationStress
{
    static void Main()
    {
        Node head = null;
        for (int i = 0; i < 200000; i++) head = new Node { Value = i, Next = head };
        long sum = 0;
        int count = 0;
        for (Node n = head; n != null; n = n.Next) { sum += n.Value; count++; }
        Console.WriteLine(count + " " + sum);

        long lengths = 0;
        for (int size = 0; size < 2000; size += 7)
        {
            var bytes = new byte[size];
            var longs = new long[size / 2];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i + size);
            for (int i = 0; i < longs.Length; i++) longs[i] = (long)i * size;
            lengths += bytes.Length + longs.Length;
            if (size > 0 && (bytes[size - 1] != (byte)(size - 1 + size) || (longs.Length > 0 && longs[^1] != (long)(longs.Length - 1) * size)))
                Console.WriteLine("corrupt at " + size);
        }
        Console.WriteLine("lengths " + lengths);

        var big = new int[4 * 1024 * 1024];
        for (int i = 0; i < big.Length; i += 4096) big[i] = i;
        long bigSum = 0;
        for (int i = 0; i < big.Length; i += 4096) bigSum += big[i];
        Console.WriteLine(big.Length + " " + bigSum + " " + big[1]);

        string s = "";
        for (int i = 0; i < 1500; i++) s += (char)('a' + i % 26);
        Console.WriteLine(s.Length + " " + s.Substring(1490));

        var boxes = new object[50000];
        for (int i = 0; i < boxes.Length; i++) boxes[i] = i % 3 == 0 ? (object)i : i % 3 == 1 ? (object)(long)i : "s" + i;
        long boxSum = 0;
        foreach (var o in boxes) boxSum += o is int x ? x : o is long y ? y : ((string)o).Length;
        Console.WriteLine(boxSum);

        var list = new List<string>();
        for (int i = 0; i < 100000; i++) list.Add(i.ToString());
        Console.WriteLine(list.Count + " " + list[99999] + " " + list[12345]);
        var empties = new int[1000][];
        for (int i = 0; i < empties.Length; i++) empties[i] = new int[0];
        Console.WriteLine(empties[999].Length + " " + ReferenceEquals(empties[0], empties[1]));
    }
}
