// Covers: properties and indexers — auto-properties (get/set, get-only set in constructor,
// init-only with object initializers), computed and expression-bodied properties, static
// properties with lazy backing fields, property setters with validation and side effects,
// indexers with one and two parameters and overloads by type, ref-returning indexers, and
// properties declared in interfaces and overridden virtually.
using System;
using System.Collections.Generic;

interface IArea { double Area { get; } }

abstract class Shape : IArea
{
    public abstract double Area { get; }
    public virtual string Label => "shape of area " + Area;
}

class Rectangle : Shape
{
    public double Width { get; init; }
    public double Height { get; init; }
    public override double Area => Width * Height;
    public override string Label => "rect " + base.Label;
}

class Temperature
{
    double celsius;
    public int Changes { get; private set; }
    public double Celsius
    {
        get => celsius;
        set
        {
            if (value < -273.15) throw new ArgumentOutOfRangeException(nameof(value));
            celsius = value;
            Changes++;
        }
    }
    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }
}

class Grid
{
    readonly int[] cells;
    public int Width { get; }
    public int Height { get; }
    public Grid(int width, int height) { Width = width; Height = height; cells = new int[width * height]; }
    public ref int this[int x, int y] => ref cells[y * Width + x];
    public int this[string name] => name == "sum" ? Sum() : name == "count" ? cells.Length : -1;
    int Sum() { int s = 0; foreach (var c in cells) s += c; return s; }
}

class Registry
{
    static List<string> names;
    public static List<string> Names => names ??= Create();
    static List<string> Create() { Console.WriteLine("creating registry"); return new List<string>(); }
    public static int Count => names?.Count ?? 0;
}

static class PropertiesAndIndexers
{
    static void Main()
    {
        var r = new Rectangle { Width = 3, Height = 4.5 };
        IArea area = r;
        Shape shape = r;
        Console.WriteLine(r.Area + " " + area.Area + " " + shape.Label);

        var t = new Temperature();
        t.Celsius = 100;
        Console.WriteLine(t.Fahrenheit + " " + t.Changes);
        t.Fahrenheit = 32;
        Console.WriteLine(t.Celsius + " " + t.Changes);
        try { t.Celsius = -300; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("rejected " + e.ParamName + " changes " + t.Changes); }

        var g = new Grid(4, 3);
        g[1, 2] = 5;
        g[3, 0] += 7;
        ref int cell = ref g[0, 0];
        cell = 100;
        g[1, 2]++;
        Console.WriteLine(g[1, 2] + " " + g[3, 0] + " " + g[0, 0] + " " + g["sum"] + " " + g["count"] + " " + g["other"]);

        Console.WriteLine("count before " + Registry.Count);
        Registry.Names.Add("a");
        Registry.Names.Add("b");
        Console.WriteLine("count after " + Registry.Count);
        var dict = new Dictionary<string, int> { ["x"] = 1 };
        dict["x"] += 10;
        dict["y"] = dict["x"] * 2;
        Console.WriteLine(dict["x"] + " " + dict["y"]);
    }
}
