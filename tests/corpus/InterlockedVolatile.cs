// Covers: System.Threading.Interlocked — Increment/Decrement/Add/Exchange/CompareExchange for int
// and long (return values: new value vs old value), CompareExchange on references and on failure,
// And/Or, Exchange of doubles; Volatile.Read/Write of int, long, bool, references and the narrow
// and native widths (byte, sbyte, short, ushort, nuint: sign and zero extension of what is read)
// (single thread: checks values and return conventions, not concurrency).
using System;
using System.Threading;

class Holder { public string Name; public Holder(string n) { Name = n; } }

static class InterlockedVolatile
{
    static int counter;
    static long big;
    static Holder current = new Holder("initial");
    static bool flag;
    static byte small;
    static sbyte signedSmall;
    static short half;
    static ushort unsignedHalf;
    static nuint native;

    static void Main()
    {
        Console.WriteLine(Interlocked.Increment(ref counter) + " " + Interlocked.Increment(ref counter) + " " + counter);
        Console.WriteLine(Interlocked.Decrement(ref counter) + " " + counter);
        Console.WriteLine(Interlocked.Add(ref counter, 10) + " " + counter);
        Console.WriteLine(Interlocked.Exchange(ref counter, 99) + " " + counter);
        Console.WriteLine(Interlocked.CompareExchange(ref counter, 5, 99) + " " + counter);
        Console.WriteLine(Interlocked.CompareExchange(ref counter, 7, 99) + " " + counter);
        counter = int.MaxValue;
        Console.WriteLine(Interlocked.Increment(ref counter));

        big = long.MaxValue - 1;
        Console.WriteLine(Interlocked.Increment(ref big) + " " + Interlocked.Increment(ref big));
        Console.WriteLine(Interlocked.Add(ref big, 1L << 40) + " " + Interlocked.Exchange(ref big, 3) + " " + Interlocked.CompareExchange(ref big, 4, 3) + " " + big);
        Console.WriteLine(Interlocked.Read(ref big));

        var next = new Holder("next");
        Holder old = Interlocked.Exchange(ref current, next);
        Console.WriteLine(old.Name + " -> " + current.Name);
        Holder seen = Interlocked.CompareExchange(ref current, new Holder("lost"), old);
        Console.WriteLine(seen.Name + " " + current.Name);
        seen = Interlocked.CompareExchange(ref current, new Holder("won"), next);
        Console.WriteLine(seen.Name + " " + current.Name);

        int bits = 0b1100;
        Console.WriteLine(Interlocked.Or(ref bits, 0b0011) + " " + bits + " " + Interlocked.And(ref bits, 0b0110) + " " + bits);
        double d = 1.5;
        Console.WriteLine(Interlocked.Exchange(ref d, 2.5) + " " + d + " " + Interlocked.CompareExchange(ref d, 9.0, 2.5) + " " + d);

        Volatile.Write(ref counter, 123);
        Console.WriteLine(Volatile.Read(ref counter));
        Volatile.Write(ref big, -1L);
        Console.WriteLine(Volatile.Read(ref big));
        Volatile.Write(ref flag, true);
        Console.WriteLine(Volatile.Read(ref flag));
        Volatile.Write(ref current, new Holder("volatile"));
        Console.WriteLine(Volatile.Read(ref current).Name);
        Volatile.Write(ref small, (byte)250);
        Volatile.Write(ref signedSmall, (sbyte)-100);
        Volatile.Write(ref half, (short)-30000);
        Volatile.Write(ref unsignedHalf, (ushort)65000);
        Volatile.Write(ref native, (nuint)4000000000u);
        Console.WriteLine(Volatile.Read(ref small) + 10);
        Console.WriteLine(Volatile.Read(ref signedSmall) - 1);
        Console.WriteLine(Volatile.Read(ref half) * 2);
        Console.WriteLine(Volatile.Read(ref unsignedHalf) + 1000);
        Console.WriteLine((ulong)Volatile.Read(ref native) + 1);

        int total = 0;
        for (int i = 0; i < 1000; i++) Interlocked.Add(ref total, i);
        Console.WriteLine(total);
    }
}
