// Covers: casts, is, as and pattern matching — type patterns with designation, `is null` /
// `is not null`, constant, relational (<, >=), logical (and/or/not), property patterns (nested),
// positional patterns on records and tuples, list patterns with slices, var patterns, patterns on
// boxed values (int vs long), switch statements with `when` guards and case ordering.
using System;

record Point(int X, int Y);
abstract record Shape;
record Circle(double R) : Shape;
record Rect(double W, double H) : Shape;

static class PatternMatching
{
    static string Classify(object o)
    {
        if (o is null) return "null";
        if (o is int i and > 100) return "big int " + i;
        if (o is int j) return "int " + j;
        if (o is long l) return "long " + l;
        if (o is string { Length: 0 }) return "empty string";
        if (o is string s) return "string of " + s.Length;
        if (o is Point { X: 0, Y: 0 }) return "origin";
        if (o is Point(var x, var y) && x == y) return "diagonal " + x;
        if (o is Point p) return "point " + p.X + "," + p.Y;
        if (o is int[] { Length: > 2 } arr) return "array starting " + arr[0];
        return "other " + o;
    }

    static string Temperature(double t) => t switch
    {
        < 0 => "freezing",
        >= 0 and < 15 => "cold",
        >= 15 and < 25 => "mild",
        double.NaN => "unknown",
        _ => "hot",
    };

    static string Describe(int[] values) => values switch
    {
        [] => "empty",
        [var only] => "one: " + only,
        [1, .., 9] => "1 to 9",
        [var first, .. var middle, var last] => "first " + first + " last " + last + " middle " + middle.Length,
    };

    static double Area(Shape s) => s switch
    {
        Circle { R: var r } => 3 * r * r,
        Rect(var w, var h) when w == h => w * w,
        Rect r => r.W * r.H,
        _ => throw new ArgumentException("unknown shape"),
    };

    static string Quadrant((int, int) point) => point switch
    {
        (0, 0) => "origin",
        ( > 0, > 0) => "I",
        ( < 0, > 0) => "II",
        ( < 0, < 0) => "III",
        ( > 0, < 0) => "IV",
        _ => "axis",
    };

    static void Main()
    {
        object[] things = { null, 5, 500, 5L, "", "abc", new Point(0, 0), new Point(3, 3), new Point(1, 2), new[] { 7, 8, 9 }, new[] { 1 }, 2.5, 'c' };
        foreach (var t in things) Console.WriteLine(Classify(t));
        foreach (var t in new[] { -5.0, 0.0, 14.9, 15.0, 30.0, double.NaN }) Console.Write(Temperature(t) + " ");
        Console.WriteLine();
        Console.WriteLine(Describe(new int[0]) + " | " + Describe(new[] { 4 }) + " | " + Describe(new[] { 1, 5, 9 }) + " | " + Describe(new[] { 2, 3, 4, 5 }));
        Console.WriteLine(Area(new Circle(2)) + " " + Area(new Rect(3, 3)) + " " + Area(new Rect(2, 5)));
        Console.WriteLine(Quadrant((0, 0)) + Quadrant((1, 1)) + Quadrant((-1, 1)) + Quadrant((-1, -1)) + Quadrant((1, -1)) + Quadrant((0, 5)));
        object maybe = "text";
        string asString = maybe as string;
        Point asPoint = maybe as Point;
        Console.WriteLine(asString + " " + (asPoint == null) + " " + (maybe is not null) + " " + (maybe is not string));
        for (int i = 0; i < 6; i++)
        {
            switch (i)
            {
                case 0:
                    Console.Write("zero ");
                    break;
                case var n when n % 2 == 1:
                    Console.Write("odd" + n + " ");
                    break;
                case 4:
                case 2:
                    Console.Write("two-or-four ");
                    break;
                default:
                    Console.Write("default ");
                    break;
            }
        }
        Console.WriteLine();
        char c = 'q';
        bool isLetter = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        Console.WriteLine(isLetter + " " + (c is not ('x' or 'y')));
    }
}
