// Covers: static initialization of beforefieldinit types (field initializers, no static
// constructor) next to precise types (explicit static constructor), printed to show the order.
// ECMA-335 II.10.5.3.2 lets beforefieldinit initializers run any time before the first static
// field access; this program pins CoreCLR's observable choice as the expected behaviour: they
// run at the first access to a static field — calling a static method or creating an instance that
// touches no static field does not trigger them — while a precise type's cctor runs at the first
// access to any static member or the first instance creation.
using System;

static class Log
{
    public static int Write(string s) { Console.WriteLine("  " + s); return s.Length; }
}

class Relaxed
{
    public static int Value = Log.Write("Relaxed initializer");
    public static void Method() => Log.Write("Relaxed.Method (no field access)");
    public int Instance = 1;
}

class Precise
{
    public static int Value = Log.Write("Precise initializer");
    static Precise() { Log.Write("Precise cctor"); }
    public static void Method() => Log.Write("Precise.Method");
}

class RelaxedChain
{
    public static int First = Log.Write("RelaxedChain.First initializer");
    public static int Second = First + Log.Write("RelaxedChain.Second initializer");
}

static class BeforeFieldInitTiming
{
    static void Main()
    {
        Console.WriteLine("main starts");
        Console.WriteLine("calling Relaxed.Method");
        Relaxed.Method();
        Console.WriteLine("creating Relaxed");
        var r = new Relaxed();
        Console.WriteLine("reading Relaxed.Value");
        Console.WriteLine("Relaxed.Value = " + Relaxed.Value + " instance " + r.Instance);
        Console.WriteLine("calling Precise.Method");
        Precise.Method();
        Console.WriteLine("reading Precise.Value = " + Precise.Value);
        Console.WriteLine("reading RelaxedChain.Second");
        Console.WriteLine("RelaxedChain = " + RelaxedChain.Second + " " + RelaxedChain.First);
        Console.WriteLine("main ends");
    }
}
