// Covers: vtables and overrides — virtual/override chains across three levels, `new` hiding
// (static type decides) vs `override` (runtime type decides), `new virtual` starting a new slot,
// base.Method() calls (non-virtual call to the parent's implementation), abstract classes and
// methods, sealed overrides, virtual calls from constructors reaching the derived override,
// virtual properties, ToString/Equals overrides called through object.
using System;

abstract class Shape
{
    protected Shape() { Console.WriteLine("Shape ctor sees " + Describe()); }
    public abstract double Area();
    public virtual string Describe() => "shape";
    public string Kind() => "kind:" + Describe();
    public virtual int Sides => 0;
}

class Rect : Shape
{
    protected double W = 2, H = 3;
    public override double Area() => W * H;
    public override string Describe() => "rect " + W + "x" + H;
    public override int Sides => 4;
}

class Square : Rect
{
    public Square() { W = H = 5; }
    public override string Describe() => "square / " + base.Describe();
    public new string Kind() => "square kind";
}

sealed class Tile : Square
{
    public sealed override double Area() => base.Area() + 1;
    public override string ToString() => "Tile(" + Area() + ")";
}

class A { public virtual string Name() => "A"; public string Call() => Name(); }
class B : A { public override string Name() => "B"; }
class C : B { public new virtual string Name() => "C"; }
class D : C { public override string Name() => "D"; }

static class VirtualDispatch
{
    static void Main()
    {
        Shape[] shapes = { new Rect(), new Square(), new Tile() };
        foreach (Shape s in shapes)
            Console.WriteLine(s.Describe() + " area " + s.Area() + " sides " + s.Sides + " " + s.Kind());
        Square sq = new Square();
        Rect asRect = sq;
        Console.WriteLine(sq.Kind() + " | " + asRect.Kind());
        object tile = new Tile();
        Console.WriteLine(tile.ToString() + " " + tile);

        D d = new D();
        C c = d;
        B b = d;
        A a = d;
        Console.WriteLine(d.Name() + " " + c.Name() + " " + b.Name() + " " + a.Name() + " " + a.Call());
        A justB = new B();
        Console.WriteLine(justB.Name() + " " + new C().Call() + " " + ((A)new C()).Name());
    }
}
