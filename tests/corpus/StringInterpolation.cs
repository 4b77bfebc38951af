// Covers: string interpolation — plain holes, alignment (positive/negative), format strings,
// alignment combined with format, nested expressions, braces escaping, interpolation of null,
// chars, bools, enums and objects with ToString; string.Format and Console.WriteLine formats.
using System;

static class StringInterpolation
{
    enum Mode { Fast, Slow }
    class Named { public override string ToString() => "named!"; }

    static void Main()
    {
        int n = 42;
        double d = 3.14159;
        string s = "abc";
        string nul = null;
        Console.WriteLine($"n={n} d={d} s={s} nul=[{nul}]");
        Console.WriteLine($"[{n,6}] [{n,-6}] [{s,5}] [{s,-5}]");
        Console.WriteLine($"[{n:X}] [{n:x4}] [{n:D5}] [{-n:D5}]");
        Console.WriteLine($"[{d:F2}] [{d,10:F3}] [{d,-10:F1}] [{d:E2}]");
        Console.WriteLine($"[{n,8:X4}] [{255,-8:x}]");
        Console.WriteLine($"{{literal}} {{{n}}}");
        Console.WriteLine($"{'c'} {true} {false} {Mode.Slow} {new Named()}");
        Console.WriteLine($"{n * 2 + 1} {(n > 40 ? "big" : "small")} {s.Length}");
        Console.WriteLine($"{1234567.891:N2} {0.5:P1} {-7:+0;-0;zero} {0:+0;-0;zero}");
        Console.WriteLine($"{12.3456:0.00} {12:000} {1234.5:#,##0.0} {0.001:0.###}");
        Console.WriteLine(string.Format("{0}-{1}-{0}", "a", "b"));
        Console.WriteLine(string.Format("{0,4}|{1,-4}|{2:F1}", 1, 2, 3.0));
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine("{0:X8}", 3054);
        long big = long.MinValue;
        uint u = uint.MaxValue;
        Console.WriteLine($"{big} {u} {(byte)200} {(sbyte)-100} {(short)-3} {(ushort)65535}");
        for (int i = 0; i < 4; i++)
            Console.WriteLine($"|{i,3}|{i * i,-4}|{new string('#', i),4}|");
    }
}
