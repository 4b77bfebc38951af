// Covers: static constructor timing (ECMA-335 II.10.5.3.1) — a type with an explicit static
// constructor (not beforefieldinit) runs it exactly at the first access to a static member or the
// first instance creation, printed in order with the surrounding code; cctors triggered by static
// methods, static fields, instance constructors and nested accesses (A's cctor touching B); a
// cctor runs once; static field initializers run in textual order before the cctor body; a
// beforefieldinit type (initializers only) is checked only for values, since its timing is
// implementation-defined; a throwing cctor gives TypeInitializationException on every access.
using System;

static class Log { public static void Write(string s) => Console.WriteLine("  " + s); }

class Eager
{
    public static int Value = Init("Eager.Value initializer", 10);
    static Eager() { Log.Write("Eager cctor (Value=" + Value + ")"); }
    static int Init(string what, int v) { Log.Write(what); return v; }
    public static void Touch() => Log.Write("Eager.Touch");
}

class Created
{
    static Created() { Log.Write("Created cctor"); }
    public Created() { Log.Write("Created instance ctor"); }
}

class First
{
    public static readonly int Answer;
    static First() { Log.Write("First cctor begins"); Answer = Second.Base * 2; Log.Write("First cctor ends"); }
}

class Second
{
    public static readonly int Base;
    static Second() { Log.Write("Second cctor"); Base = 21; }
}

class Ordered
{
    public static string Trace = "a";
    public static string Second = Trace + "b";
    static Ordered() { Trace += "c"; }
}

class Lazy
{
    public static readonly int[] Table = Build();
    static int[] Build()
    {
        var t = new int[5];
        for (int i = 0; i < t.Length; i++) t[i] = i * i;
        return t;
    }
}

class Broken
{
    public static int Value;
    static Broken() { Log.Write("Broken cctor throws"); throw new InvalidOperationException("cctor failed"); }
}

static class StaticConstructorOrder
{
    static void Main()
    {
        Console.WriteLine("main starts");
        Console.WriteLine("before Eager.Touch");
        Eager.Touch();
        Console.WriteLine("Eager.Value " + Eager.Value);
        Eager.Touch();
        Console.WriteLine("before new Created");
        new Created();
        new Created();
        Console.WriteLine("before First.Answer");
        Console.WriteLine("First.Answer " + First.Answer + " Second.Base " + Second.Base);
        Console.WriteLine("Ordered " + Ordered.Trace + " " + Ordered.Second);
        Console.WriteLine("Lazy " + Lazy.Table[4] + " " + Lazy.Table.Length);
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine("Broken.Value " + Broken.Value);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("TypeInitializationException inner " + (e.InnerException is InvalidOperationException) + " " + e.InnerException.Message);
            }
        }
        Console.WriteLine("main ends");
    }
}
