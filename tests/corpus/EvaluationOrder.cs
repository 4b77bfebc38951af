// Covers: C# evaluation order guarantees — operands left to right (incl. the receiver and index
// before the right-hand side of an assignment), compound assignment on array elements and fields
// evaluating the location once, ++/-- pre/post values, short-circuit && || ?? ?. skipping side
// effects, conditional operator evaluating one branch, argument order with named arguments,
// object initializer order, and exceptions interrupting an expression midway.
using System;
using System.Collections.Generic;

class Node { public int Value; public Node Next; public int[] Items = new int[3]; }

static class EvaluationOrder
{
    static readonly List<string> log = new List<string>();
    static T Note<T>(string what, T value) { log.Add(what); return value; }
    static void Flush(string label) { Console.WriteLine(label + ": " + string.Join(" ", log)); log.Clear(); }

    static int Combine(int a, int b, int c) => a * 100 + b * 10 + c;

    static void Main()
    {
        int r = Note("a", 1) + Note("b", 2) * Note("c", 3);
        Flush("arith " + r);

        int[] arr = { 10, 20, 30 };
        Note("array", arr)[Note("index", 1)] = Note("value", 5);
        Flush("store " + string.Join(",", arr));
        Note("array", arr)[Note("index", 2)] += Note("delta", 7);
        Flush("compound " + arr[2]);

        var node = new Node { Value = 1 };
        Note("node", node).Value *= Note("factor", 4);
        Flush("field compound " + node.Value);
        Note("node", node).Items[Note("i", 0)]++;
        Flush("nested " + node.Items[0]);

        int i = 5;
        int pre = ++i, post = i++, sum = i++ + ++i;
        Console.WriteLine(pre + " " + post + " " + sum + " " + i);
        int j = 1;
        j += j++ * ++j;
        Console.WriteLine(j);

        bool t = Note("left-false", false) && Note("right", true);
        bool u = Note("left-true", true) || Note("right", false);
        string s = Note("first", (string)null) ?? Note("fallback", "x");
        Node missing = null;
        int? v = missing?.Next?.Value;
        int cond = Note("condition", true) ? Note("then", 1) : Note("else", 2);
        Flush("short-circuit " + t + u + s + v.HasValue + cond);

        int c1 = Combine(c: Note("c", 3), a: Note("a", 1), b: Note("b", 2));
        Flush("named " + c1);
        var made = new Node { Value = Note("init value", 9), Next = Note("init next", new Node()) };
        Flush("initializer " + made.Value);
        var list = new List<int> { Note("e1", 1), Note("e2", 2) };
        Flush("collection " + list.Count);

        try
        {
            int[] small = new int[1];
            int z = Note("before", 1) + small[Note("bad index", 5)] + Note("after", 1);
            Console.WriteLine(z);
        }
        catch (IndexOutOfRangeException) { Flush("interrupted"); }
        int divisor = 0;
        try
        {
            arr[Note("target", 0)] = Note("numerator", 10) / divisor;
        }
        catch (DivideByZeroException) { Flush("divide interrupted " + arr[0]); }
        (int x, int y) = (Note("tuple-x", 1), Note("tuple-y", 2));
        Flush("tuple " + x + y);
        string interp = $"{Note("h1", "a")}{Note("h2", "b")}";
        Flush("interpolation " + interp);
    }
}
