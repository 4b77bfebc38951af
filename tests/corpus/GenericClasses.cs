// Covers: generic classes and methods over value and reference types — a generic container
// instantiated with int, long, double, string, struct and class arguments (shared vs specialized
// code), generic methods with inference, constraints (struct, class, new(), interface,
// base-class, unmanaged), default(T), typeof(T) identity checks, generic nesting and generic
// methods in generic classes, is T / as T on type parameters, boxing T via object.
using System;
using System.Collections.Generic;

interface IShape { double Area(); }
class Square : IShape { public double Side; public double Area() => Side * Side; public override string ToString() => "Square(" + Side + ")"; }
struct Circle : IShape { public double R; public double Area() => 3 * R * R; public override string ToString() => "Circle(" + R + ")"; }
class Base { public virtual string Who => "base"; }
class Derived : Base { public override string Who => "derived"; }

class Box<T>
{
    T value;
    public Box(T value) { this.value = value; }
    public T Get() => value;
    public void Set(T v) => value = v;
    public Box<U> Map<U>(Func<T, U> f) => new Box<U>(f(value));
    public bool IsDefault() => EqualityComparer<T>.Default.Equals(value, default);
    public override string ToString() => "Box(" + (value?.ToString() ?? "null") + ")";
}

class Pair<TFirst, TSecond>
{
    public TFirst First;
    public TSecond Second;
    public Pair<TSecond, TFirst> Swap() => new Pair<TSecond, TFirst> { First = Second, Second = First };
}

static class GenericClasses
{
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static T Create<T>() where T : new() => new T();
    static double TotalArea<T>(T[] shapes) where T : IShape
    {
        double total = 0;
        foreach (var s in shapes) total += s.Area();
        return total;
    }
    static string WhoIs<T>(T b) where T : Base => b.Who;
    static int CountNonNull<T>(T[] items) where T : class
    {
        int n = 0;
        foreach (var i in items) if (i != null) n++;
        return n;
    }
    static unsafe int SizeOfUnmanaged<T>() where T : unmanaged => sizeof(T);
    static T? FirstOrNull<T>(List<T> items) where T : struct => items.Count > 0 ? items[0] : null;
    static string Describe<T>(T value) => value is int i ? "int " + i : value is string s ? "string " + s : "other " + value;

    static void Main()
    {
        var bi = new Box<int>(5);
        var bs = new Box<string>("five");
        var bd = new Box<double>(5.5);
        var bc = new Box<Circle>(new Circle { R = 2 });
        Console.WriteLine(bi + " " + bs + " " + bd + " " + bc);
        Console.WriteLine(bi.Map(v => v * 2.5) + " " + bs.Map(s => s.Length) + " " + bi.Map(v => "#" + v));
        Console.WriteLine(new Box<int>(0).IsDefault() + " " + new Box<string>(null).IsDefault() + " " + bs.IsDefault() + " " + new Box<long>(0).IsDefault());
        bi.Set(bi.Get() + 1);
        Console.WriteLine(bi.Get());

        var pair = new Pair<int, string> { First = 1, Second = "one" };
        var swapped = pair.Swap();
        Console.WriteLine(swapped.First + " " + swapped.Second);

        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0) + " " + Max('a', 'z'));
        Console.WriteLine(Create<Square>() + " " + Create<Circle>() + " " + Create<List<int>>().Count);
        Console.WriteLine(TotalArea(new IShape[] { new Square { Side = 2 }, new Circle { R = 1 } }) + " " + TotalArea(new[] { new Circle { R = 2 }, new Circle { R = 3 } }));
        Console.WriteLine(WhoIs(new Derived()) + " " + WhoIs(new Base()));
        Console.WriteLine(CountNonNull(new[] { "a", null, "b" }));
        Console.WriteLine(SizeOfUnmanaged<long>() + " " + SizeOfUnmanaged<Circle>() + " " + SizeOfUnmanaged<char>());
        Console.WriteLine(FirstOrNull(new List<int> { 7 }) + " " + (FirstOrNull(new List<int>()) == null));
        Console.WriteLine(Describe(3) + ", " + Describe("x") + ", " + Describe(2.5) + ", " + Describe<object>(4));
        Console.WriteLine((typeof(Box<int>) == typeof(Box<int>)) + " " + (typeof(Box<int>) == typeof(Box<long>)) + " " + (bi.GetType() == typeof(Box<int>)));
        Console.WriteLine(default(int) + " " + (default(string) == null) + " " + default(Circle).R);
    }
}
