// Covers: Array.Copy (whole, ranges, overlapping forward/backward within one array, widening
// int→long, reference arrays), Array.Clone (shallow: shared element objects, independent
// slots), CopyTo, Length of various arrays, ArgumentException / ArgumentOutOfRangeException from bad ranges.
using System;

static class ArrayCopyClone
{
    class Box { public int V; }

    static void Print(string label, int[] items)
    {
        Console.Write(label + ":");
        foreach (var item in items) Console.Write(" " + item);
        Console.WriteLine();
    }

    static void Main()
    {
        int[] src = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] dst = new int[10];
        Array.Copy(src, dst, src.Length);
        Print("copy", dst);
        Array.Copy(src, 2, dst, 5, 3);
        Print("range", dst);

        int[] overlap = { 1, 2, 3, 4, 5, 6, 7, 8 };
        Array.Copy(overlap, 0, overlap, 2, 6);
        Print("forward-overlap", overlap);
        overlap = new[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        Array.Copy(overlap, 2, overlap, 0, 6);
        Print("backward-overlap", overlap);

        long[] wide = new long[3];
        Array.Copy(new[] { -1, 2, int.MaxValue }, wide, 3);
        Console.WriteLine(wide[0] + " " + wide[1] + " " + wide[2]);

        int[] clone = (int[])src.Clone();
        clone[0] = 100;
        Console.WriteLine(src[0] + " " + clone[0] + " " + clone.Length);

        Box[] boxes = { new Box { V = 1 }, new Box { V = 2 } };
        Box[] boxesClone = (Box[])boxes.Clone();
        boxesClone[0].V = 10;
        boxesClone[1] = new Box { V = 20 };
        Console.WriteLine(boxes[0].V + " " + boxes[1].V + " " + boxesClone[1].V + " " + ReferenceEquals(boxes[0], boxesClone[0]));

        string[] names = { "a", "b", "c" };
        object[] objects = new object[5];
        Array.Copy(names, 0, objects, 1, 3);
        Console.WriteLine((objects[0] == null) + " " + objects[1] + objects[2] + objects[3]);

        int[] target = new int[12];
        src.CopyTo(target, 4);
        Print("copyto", target);

        try { Array.Copy(src, 0, dst, 8, 5); }
        catch (ArgumentException) { Console.WriteLine("Copy past end: ArgumentException"); }
        try { Array.Copy(src, -1, dst, 0, 1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("Copy negative index: ArgumentOutOfRangeException"); }
        byte[] bytes = { 1, 2, 3 };
        byte[] bytesClone = (byte[])bytes.Clone();
        bytes[1] = 200;
        Console.WriteLine(bytesClone[1] + " " + bytes[1]);
    }
}
