// Covers: static fields of generic types are per instantiation (Counter<int> and Counter<string>
// do not share), static constructors of generic types run once per instantiation (printed),
// generic static methods caching per type argument, static readonly fields computed from T,
// nested generic instantiations (Counter<List<int>>), and generic singletons.
using System;
using System.Collections.Generic;

static class Instantiations { public static int Seen; }

class Counter<T>
{
    public static int Count;
    public static readonly string Name;
    static Counter()
    {
        Name = "Counter #" + ++Instantiations.Seen + " default " + (default(T)?.ToString() ?? "null");
        Console.WriteLine("cctor " + Name);
    }
    public static int Next() => ++Count;
}

class Cache<T> where T : new()
{
    static T instance;
    public static T Instance => instance ??= new T();
}

class Widget { public int Id = ++created; public static int created; }

static class Registry<TKey>
{
    public static readonly List<string> Entries = new List<string>();
}

static class GenericStaticFields
{
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Counter<int>.Next() + " " + Counter<int>.Next() + " " + Counter<int>.Count);
        Console.WriteLine(Counter<string>.Next() + " " + Counter<string>.Count);
        Console.WriteLine(Counter<int>.Next() + " " + Counter<long>.Count);
        Console.WriteLine(Counter<List<int>>.Name + " " + Counter<List<string>>.Next());
        Console.WriteLine(Counter<int>.Name + " | " + Counter<string>.Name);

        var w1 = Cache<Widget>.Instance;
        var w2 = Cache<Widget>.Instance;
        Console.WriteLine(ReferenceEquals(w1, w2) + " " + w1.Id + " " + Widget.created);
        Console.WriteLine(Cache<List<int>>.Instance.Count);

        Registry<int>.Entries.Add("int entry");
        Registry<string>.Entries.Add("string entry 1");
        Registry<string>.Entries.Add("string entry 2");
        Console.WriteLine(Registry<int>.Entries.Count + " " + Registry<string>.Entries.Count + " " + Registry<double>.Entries.Count);
    }
}
