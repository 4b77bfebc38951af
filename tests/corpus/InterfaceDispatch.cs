// Covers: interfaces — implicit and explicit implementations (explicit hidden from the class
// type), one method implementing two interfaces, interface inheritance, default interface
// methods (used, overridden by the class, and calling other members), re-implementation in a
// derived class, interface dispatch on structs (boxed copy vs constrained calls in generics),
// generic interfaces, interface static members (non-abstract), and `is`/casts across interfaces.
using System;

interface IGreeter { string Greet(); }
interface IFormal { string Greet(); }
interface INamed { string Name { get; } string Tag() => "[" + Name + "]"; }
interface ILabelled : INamed { string Label() => "label " + Tag(); }
interface ICounter { int Increment(); }
interface IRepository<T> { void Add(T item); T Get(int i); int Count { get; } }
interface IDefaults { static int Created; static string Prefix => "pre"; int Id { get; } string Show() => Prefix + Id; }

class Person : IGreeter, IFormal, ILabelled
{
    public string Name => "ann";
    public string Greet() => "hi";
    string IFormal.Greet() => "good day";
    public string Tag() => "<" + Name + ">";
}

class Base : IGreeter { public string Greet() => "base"; }
class Derived : Base, IGreeter { public new string Greet() => "derived"; }

struct Tally : ICounter { int n; public int Increment() => ++n; public int Value => n; }

class ListRepo<T> : IRepository<T>
{
    readonly System.Collections.Generic.List<T> items = new();
    public void Add(T item) => items.Add(item);
    public T Get(int i) => items[i];
    public int Count => items.Count;
}

class Item : IDefaults { public int Id { get; } public Item(int id) { Id = id; IDefaults.Created++; } }
class Shouty : IDefaults { public int Id => 7; public string Show() => "SHOUT" + Id; }

static class InterfaceDispatch
{
    static int Bump<T>(ref T counter) where T : ICounter => counter.Increment();

    static void Main()
    {
        var p = new Person();
        IGreeter g = p;
        IFormal f = p;
        INamed n = p;
        ILabelled l = p;
        Console.WriteLine(p.Greet() + " " + g.Greet() + " " + f.Greet() + " " + n.Tag() + " " + l.Label());

        Base onlyBase = new Derived();
        IGreeter viaInterface = onlyBase;
        Console.WriteLine(onlyBase.Greet() + " " + viaInterface.Greet() + " " + ((IGreeter)new Base()).Greet());

        var t = new Tally();
        ICounter boxed = t;
        boxed.Increment(); boxed.Increment();
        Console.WriteLine(t.Value + " " + boxed.Increment());
        Bump(ref t); Bump(ref t); Bump(ref t);
        Console.WriteLine(t.Value);
        ((ICounter)t).Increment();
        Console.WriteLine(t.Value);

        IRepository<string> repo = new ListRepo<string>();
        repo.Add("x"); repo.Add("y");
        IRepository<int> ints = new ListRepo<int>();
        ints.Add(42);
        Console.WriteLine(repo.Count + " " + repo.Get(1) + " " + ints.Get(0));

        IDefaults i1 = new Item(3);
        IDefaults i2 = new Item(4);
        IDefaults shouty = new Shouty();
        Console.WriteLine(i1.Show() + " " + i2.Show() + " " + shouty.Show() + " " + IDefaults.Created + " " + IDefaults.Prefix);

        object o = p;
        Console.WriteLine((o is IGreeter) + " " + (o is ICounter) + " " + (o as INamed)?.Name + " " + (o is ILabelled lab ? lab.Label() : "no"));
    }
}
