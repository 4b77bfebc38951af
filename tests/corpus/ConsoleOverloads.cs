// Covers: Console.Write/WriteLine overloads — string, null string, object (null and non-null),
// bool, char, char[], char[] range, int, uint, long, ulong, float, double, decimal-free numerics,
// format string with 1/2/3/params arguments, empty WriteLine, Write without newline, and
// non-ASCII text encoded as UTF-8 (incl. a surrogate pair).
using System;

static class ConsoleOverloads
{
    class Shape { public override string ToString() => "shape"; }

    static void Main()
    {
        Console.WriteLine("plain string");
        Console.WriteLine((string)null);
        Console.WriteLine((object)null);
        Console.WriteLine(new Shape());
        Console.WriteLine(true);
        Console.WriteLine('x');
        Console.WriteLine(new[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine(new[] { 'a', 'b', 'c', 'd', 'e' }, 1, 3);
        Console.WriteLine(-123);
        Console.WriteLine(4000000000u);
        Console.WriteLine(-9000000000L);
        Console.WriteLine(18000000000000000000UL);
        Console.WriteLine(1.25f);
        Console.WriteLine(-2.5e-8);
        Console.WriteLine("one {0}", 1);
        Console.WriteLine("two {0} {1}", "a", 'b');
        Console.WriteLine("three {2} {1} {0}", 1, 2.5, "c");
        Console.WriteLine("params {0} {1} {2} {3}", 1, 2, 3, 4);
        Console.WriteLine();
        Console.Write("no newline ");
        Console.Write(42);
        Console.Write(' ');
        Console.Write(false);
        Console.Write(' ');
        Console.Write(3.5);
        Console.Write(' ');
        Console.Write(7L);
        Console.Write(' ');
        Console.Write(new Shape());
        Console.Write(' ');
        Console.Write("fmt {0}|{1}", 'x', 9);
        Console.Write(new[] { '!', '\n' });
        Console.WriteLine("caf\u00e9 \u00fcber \u4e2d\u6587 \u20ac \U0001F600 end");
        Console.WriteLine("tab\there\\backslash \"quoted\"");
        Console.Write("line1\nline2\r\nline3\n");
    }
}
