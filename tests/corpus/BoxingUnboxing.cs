// Covers: boxing and unboxing — a box is a copy (mutating the original or the unboxed copy does
// not change the box), interface calls on boxed structs mutate the box, Equals/GetHashCode/
// ToString through object for every primitive, boxed enums, boxed bool/char, boxing in
// string.Concat and in object[] params, unbox of Nullable, identity of separate boxes, and
// generic methods that box T only on request.
using System;

interface IBump { void Bump(); int Value { get; } }
struct Cell : IBump
{
    public int V;
    public void Bump() => V++;
    public int Value => V;
    public override string ToString() => "Cell " + V;
}
enum Color { Red = 1, Green = 2 }

static class BoxingUnboxing
{
    static string Show(params object[] items)
    {
        string s = "";
        foreach (var i in items) s += (i == null ? "null" : i.ToString()) + ";";
        return s;
    }

    static bool SameViaObject<T>(T a, T b) => ((object)a).Equals(b);

    static void Main()
    {
        Cell c = new Cell { V = 1 };
        object box = c;
        c.V = 50;
        Console.WriteLine(((Cell)box).V + " " + c.V);
        ((IBump)box).Bump();
        ((IBump)box).Bump();
        Console.WriteLine(((Cell)box).V + " " + box);
        Cell unboxed = (Cell)box;
        unboxed.Bump();
        Console.WriteLine(unboxed.V + " " + ((IBump)box).Value);
        IBump asInterface = c;
        asInterface.Bump();
        Console.WriteLine(c.V + " " + asInterface.Value);

        object[] prims = { (byte)1, (sbyte)-1, (short)-2, (ushort)3, 4, 5u, 6L, 7UL, 1.5f, 2.5, 'x', true, Color.Green, (Color)7 };
        foreach (var p in prims) Console.Write(p + " ");
        Console.WriteLine();
        Console.WriteLine(Show(1, "two", 3.0, null, 'c', Color.Red));
        object i1 = 42, i2 = 42, l1 = 42L;
        Console.WriteLine(i1.Equals(i2) + " " + (i1 == i2) + " " + i1.Equals(l1) + " " + (i1.GetHashCode() == i2.GetHashCode()));
        Console.WriteLine(((object)1.0).Equals(1.0) + " " + ((object)double.NaN).Equals(double.NaN) + " " + ((object)'a').Equals('a') + " " + ((object)true).Equals(false));
        Console.WriteLine(SameViaObject(3, 3) + " " + SameViaObject("a", "a") + " " + SameViaObject(c, c) + " " + SameViaObject(2.5f, 2.6f));
        object e = Color.Green;
        Console.WriteLine((int)(Color)e + " " + e.Equals(Color.Green) + " " + (e is Color) + " " + (e is int));
        int? maybe = 5;
        object boxedNullable = maybe;
        Console.WriteLine(boxedNullable.GetType() == typeof(int));
        int back = (int)boxedNullable;
        Console.WriteLine(back);
        object counter = 0;
        for (int i = 0; i < 5; i++) counter = (int)counter + i;
        Console.WriteLine(counter);
        string concat = "v=" + 1 + 'c' + 2.5 + true;
        Console.WriteLine(concat);
    }
}
