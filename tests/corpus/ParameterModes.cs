// Covers: parameter passing — by value (copies of structs and of references), ref (writes visible
// to the caller, aliasing of the same variable passed twice), out (definite assignment, out var,
// discards), in (readonly by-reference, defensive copy semantics), ref to array elements and
// fields, params arrays (empty, one, many, explicit array), optional and named arguments, and
// left-to-right evaluation of arguments with side effects.
using System;

struct Counter { public int N; public void Inc() => N++; }
class Box { public int V; }

static class ParameterModes
{
    static int trace;
    static int Next(string tag) { Console.Write(tag + (++trace) + " "); return trace; }

    static void ByValue(Counter c, Box b, int[] arr) { c.N = 100; b.V = 100; arr[0] = 100; arr = new int[] { -1 }; b = new Box { V = -1 }; }
    static void ByRef(ref Counter c, ref Box b) { c.N = 200; b = new Box { V = 200 }; }
    static void Swap(ref int x, ref int y) { int t = x; x = y; y = t; }
    static void AddBoth(ref int x, ref int y) { x += 1; y += 10; }
    static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0) { quotient = remainder = 0; return false; }
        quotient = a / b; remainder = a % b; return true;
    }
    static int ReadOnlyRef(in Counter c) => c.N * 2;
    static int Sum(params int[] values) { int s = 0; foreach (int v in values) s += v; return s + values.Length * 1000; }
    static string Format(string text, int width = 8, char pad = '.', bool left = false)
    {
        string padding = new string(pad, Math.Max(0, width - text.Length));
        return left ? text + padding : padding + text;
    }
    static int Three(int a, int b, int c) => a * 100 + b * 10 + c;

    static void Main()
    {
        var counter = new Counter { N = 1 };
        var box = new Box { V = 1 };
        int[] arr = { 1 };
        ByValue(counter, box, arr);
        Console.WriteLine(counter.N + " " + box.V + " " + arr[0]);
        ByRef(ref counter, ref box);
        Console.WriteLine(counter.N + " " + box.V);

        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        int same = 5;
        AddBoth(ref same, ref same);
        Console.WriteLine(same);
        int[] cells = { 1, 2, 3 };
        Swap(ref cells[0], ref cells[2]);
        Console.WriteLine(string.Join(",", cells));
        Swap(ref box.V, ref counter.N);
        Console.WriteLine(box.V + " " + counter.N);

        Console.WriteLine(TryDivide(17, 5, out int q, out int r) + " " + q + " " + r);
        Console.WriteLine(TryDivide(1, 0, out var q2, out _) + " " + q2);
        Console.WriteLine(ReadOnlyRef(counter) + " " + ReadOnlyRef(new Counter { N = 21 }));

        Console.WriteLine(Sum() + " " + Sum(5) + " " + Sum(1, 2, 3) + " " + Sum(new[] { 10, 20 }));
        Console.WriteLine(Format("ab") + "|" + Format("ab", 4) + "|" + Format("ab", pad: '_') + "|" + Format(left: true, text: "xy", width: 5));

        trace = 0;
        Console.WriteLine("= " + Three(Next("a"), Next("b"), Next("c")));
        trace = 0;
        Console.WriteLine("= " + Three(c: Next("c"), a: Next("a"), b: Next("b")));
        int i = 0;
        int[] seq = new int[3];
        seq[i++] = i++ + i;
        Console.WriteLine(string.Join(",", seq) + " i=" + i);
    }
}
