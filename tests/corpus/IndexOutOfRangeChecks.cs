// Covers: IndexOutOfRangeException from array loads/stores (int, long, byte, struct, reference
// element types), negative indices, index == Length, uint and long indices (long ones stay
// within 32 bits: C# converts them with conv.ovf.i), string indexer, empty arrays, span indexer,
// ldelema for ref; a failed store leaves the array untouched; partial results before the fault.
using System;

struct Big { public long A, B, C; }

static class IndexOutOfRangeChecks
{
    static void Check(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine(what + ": IndexOutOfRangeException");
        }
    }

    static void Touch(ref int slot) => slot++;

    static void Main()
    {
        int[] ints = { 1, 2, 3 };
        long[] longs = new long[2];
        byte[] bytes = new byte[4];
        Big[] bigs = new Big[1];
        string[] strs = { "a" };
        int[] empty = new int[0];
        Check("int load at Length", () => Console.WriteLine(ints[3]));
        Check("int load at -1", () => Console.WriteLine(ints[-1]));
        Check("int store at Length", () => ints[3] = 9);
        Check("long store", () => longs[2] = 1);
        Check("byte load", () => Console.WriteLine(bytes[int.MaxValue]));
        Check("byte load at int.MinValue", () => Console.WriteLine(bytes[int.MinValue]));
        Check("struct field store", () => bigs[1].B = 5);
        Check("reference store", () => strs[1] = "b");
        Check("empty array", () => Console.WriteLine(empty[0]));
        uint ui = 3;
        Check("uint index", () => Console.WriteLine(ints[ui]));
        // A long index is converted with conv.ovf.i: keep it within 32 bits so that 32- and 64-bit
        // targets agree (2^32 would be OverflowException on rv32, IndexOutOfRange on 64-bit).
        long li = 3;
        Check("long index 3", () => Console.WriteLine(ints[li]));
        Check("long index -1", () => Console.WriteLine(ints[-1L]));
        Check("ref to element", () => Touch(ref ints[5]));
        Check("string indexer", () => Console.WriteLine("abc"[3]));
        Check("span indexer", () => { Span<int> sp = ints; Console.WriteLine(sp[3]); });
        Check("valid index", () => Console.WriteLine(ints[2] + (int)longs[1] + bytes[3]));
        Console.WriteLine(ints[0] + " " + ints[1] + " " + ints[2]);
        int sum = 0;
        try
        {
            for (int i = 0; ; i++) sum += ints[i];
        }
        catch (IndexOutOfRangeException) { Console.WriteLine("sum before fault " + sum); }
        int[] counts = new int[10];
        int[] data = { 3, 9, 10, 0 };
        try
        {
            foreach (int d in data) counts[d]++;
        }
        catch (IndexOutOfRangeException) { Console.WriteLine("counted " + counts[3] + counts[9] + counts[0]); }
    }
}
