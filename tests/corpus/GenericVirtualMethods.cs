// Covers: generic virtual methods — virtual/abstract generic methods overridden in derived
// classes and instantiated at value and reference types, generic methods on interfaces
// implemented by classes and structs (visitor pattern), calls through base references and
// interfaces, constrained generic virtual methods, and generic virtual methods of generic classes.
using System;
using System.Collections.Generic;

abstract class Formatter
{
    public abstract string Format<T>(T value);
    public virtual string Pair<A, B>(A a, B b) => "(" + Format(a) + ", " + Format(b) + ")";
}

class Plain : Formatter
{
    public override string Format<T>(T value) => value?.ToString() ?? "null";
}

class Bracketed : Plain
{
    public override string Format<T>(T value) => "[" + base.Format(value) + "]";
    public override string Pair<A, B>(A a, B b) => "pair" + base.Pair(a, b);
}

interface IVisitor<TResult>
{
    TResult VisitNumber(int value);
    TResult VisitAdd(Expr left, Expr right);
}

interface IShapeVisitor { T Accept<T>(Func<string, T> onName); }

abstract class Expr { public abstract TResult Accept<TResult>(IVisitor<TResult> visitor); }
sealed class Number : Expr
{
    public readonly int Value;
    public Number(int v) { Value = v; }
    public override TResult Accept<TResult>(IVisitor<TResult> visitor) => visitor.VisitNumber(Value);
}
sealed class Add : Expr
{
    public readonly Expr Left, Right;
    public Add(Expr l, Expr r) { Left = l; Right = r; }
    public override TResult Accept<TResult>(IVisitor<TResult> visitor) => visitor.VisitAdd(Left, Right);
}

sealed class Evaluator : IVisitor<long>
{
    public long VisitNumber(int value) => value;
    public long VisitAdd(Expr left, Expr right) => left.Accept(this) + right.Accept(this);
}

sealed class Printer : IVisitor<string>
{
    public string VisitNumber(int value) => value.ToString();
    public string VisitAdd(Expr left, Expr right) => "(" + left.Accept(this) + " + " + right.Accept(this) + ")";
}

struct NamedStruct : IShapeVisitor
{
    public string Name;
    public T Accept<T>(Func<string, T> onName) => onName(Name);
}

class NamedClass : IShapeVisitor
{
    public T Accept<T>(Func<string, T> onName) => onName("class");
}

class Container<T>
{
    protected readonly List<T> items = new List<T>();
    public void Add(T item) => items.Add(item);
    public virtual List<U> Convert<U>(Func<T, U> f)
    {
        var result = new List<U>();
        foreach (var i in items) result.Add(f(i));
        return result;
    }
}

class ReversingContainer<T> : Container<T>
{
    public override List<U> Convert<U>(Func<T, U> f)
    {
        var result = base.Convert(f);
        result.Reverse();
        return result;
    }
}

abstract class Comparer2 { public abstract bool Less<T>(T a, T b) where T : IComparable<T>; }
class Normal : Comparer2 { public override bool Less<T>(T a, T b) => a.CompareTo(b) < 0; }
class Inverted : Comparer2 { public override bool Less<T>(T a, T b) => a.CompareTo(b) > 0; }

static class GenericVirtualMethods
{
    static void Main()
    {
        Formatter[] formatters = { new Plain(), new Bracketed() };
        foreach (var f in formatters)
            Console.WriteLine(f.Format(42) + " " + f.Format("s") + " " + f.Format(2.5) + " " + f.Format<object>(null) + " " + f.Pair(1, 'c') + " " + f.Pair("x", 3L));

        Expr tree = new Add(new Number(1), new Add(new Number(20), new Number(300)));
        Console.WriteLine(tree.Accept(new Printer()) + " = " + tree.Accept(new Evaluator()));

        IShapeVisitor[] shapes = { new NamedStruct { Name = "struct" }, new NamedClass() };
        foreach (var s in shapes)
            Console.WriteLine(s.Accept(n => n.Length) + " " + s.Accept(n => n.ToUpper()) + " " + s.Accept(n => n.Length * 1.5));

        Container<int> c = new ReversingContainer<int>();
        c.Add(1); c.Add(2); c.Add(3);
        Console.WriteLine(string.Join(",", c.Convert(x => x * 10)) + " | " + string.Join(",", c.Convert(x => "#" + x)));
        Container<string> plain = new Container<string>();
        plain.Add("a"); plain.Add("bb");
        Console.WriteLine(string.Join(",", plain.Convert(s => s.Length)));

        Comparer2[] comparers = { new Normal(), new Inverted() };
        foreach (var cmp in comparers)
            Console.WriteLine(cmp.Less(1, 2) + " " + cmp.Less("b", "a") + " " + cmp.Less(2.5, 2.5) + " " + cmp.Less('a', 'z'));
    }
}
