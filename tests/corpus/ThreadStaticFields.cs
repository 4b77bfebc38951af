// Covers: [ThreadStatic] static fields on the main thread — default values (0/null/zeroed
// struct), reads and writes of int, long, reference and
// struct types, ref to a thread-static field, ThreadStatic in a generic class (per
// instantiation), and interplay with normal statics of the same type.
using System;

struct Pair { public int A, B; }

class Context
{
    [ThreadStatic] public static int Depth;
    [ThreadStatic] public static long Total;
    [ThreadStatic] public static string Name;
    [ThreadStatic] public static Pair Coordinates;
    public static int Shared;
}

class PerType<T>
{
    [ThreadStatic] public static int Hits;
}

static class ThreadStaticFields
{
    static void Enter(int levels)
    {
        Context.Depth++;
        Context.Total += Context.Depth;
        if (levels > 0) Enter(levels - 1);
        Context.Depth--;
    }

    static void Bump(ref int field) => field += 5;

    static void Main()
    {
        Console.WriteLine(Context.Depth + " " + Context.Total + " " + (Context.Name == null) + " " + Context.Coordinates.A);
        Enter(4);
        Console.WriteLine(Context.Depth + " " + Context.Total);
        Context.Name = "main";
        Context.Coordinates.B = 7;
        Context.Coordinates.A = Context.Coordinates.B * 2;
        Console.WriteLine(Context.Name + " " + Context.Coordinates.A + " " + Context.Coordinates.B);
        Bump(ref Context.Depth);
        Context.Shared = 3;
        Console.WriteLine(Context.Depth + " " + Context.Shared);
        PerType<int>.Hits += 2;
        PerType<string>.Hits += 10;
        PerType<int>.Hits++;
        Console.WriteLine(PerType<int>.Hits + " " + PerType<string>.Hits + " " + PerType<double>.Hits);
    }
}
