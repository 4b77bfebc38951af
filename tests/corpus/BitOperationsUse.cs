// Covers: System.Numerics.BitOperations — PopCount, LeadingZeroCount, TrailingZeroCount (incl.
// zero inputs: 32/64), Log2, RotateLeft/RotateRight (counts beyond the width wrap), IsPow2,
// RoundUpToPowerOf2, for uint/ulong edge values; compared with hand-written loops.
using System;
using System.Numerics;

static class BitOperationsUse
{
    static int SlowPopCount(ulong v)
    {
        int c = 0;
        while (v != 0) { c += (int)(v & 1); v >>= 1; }
        return c;
    }

    static void Main()
    {
        uint[] words = { 0u, 1u, 2u, 3u, 0x80000000u, 0xFFFFFFFFu, 0x00F0F000u, 12345678u, 0x7FFFFFFFu };
        foreach (uint w in words)
            Console.WriteLine(w.ToString("X8") + " pop " + BitOperations.PopCount(w) + " lzc " + BitOperations.LeadingZeroCount(w)
                + " tzc " + BitOperations.TrailingZeroCount(w) + " log2 " + BitOperations.Log2(w)
                + " rol3 " + BitOperations.RotateLeft(w, 3).ToString("X8") + " ror3 " + BitOperations.RotateRight(w, 3).ToString("X8")
                + " pow2 " + BitOperations.IsPow2(w) + " up " + BitOperations.RoundUpToPowerOf2(w));

        ulong[] longs = { 0UL, 1UL, 0x8000000000000000UL, ulong.MaxValue, 0x0000000100000000UL, 0x00FF00FF00FF00FFUL };
        foreach (ulong l in longs)
            Console.WriteLine(l.ToString("X16") + " pop " + BitOperations.PopCount(l) + "/" + SlowPopCount(l) + " lzc " + BitOperations.LeadingZeroCount(l)
                + " tzc " + BitOperations.TrailingZeroCount(l) + " log2 " + BitOperations.Log2(l)
                + " rol13 " + BitOperations.RotateLeft(l, 13).ToString("X16") + " ror77 " + BitOperations.RotateRight(l, 77).ToString("X16"));

        Console.WriteLine(BitOperations.RotateLeft(1u, 33) + " " + BitOperations.RotateLeft(1u, -1).ToString("X") + " " + BitOperations.TrailingZeroCount(-8) + " " + BitOperations.TrailingZeroCount(0L));
        Console.WriteLine(BitOperations.RoundUpToPowerOf2(1000UL) + " " + BitOperations.IsPow2(0) + " " + BitOperations.IsPow2(-4) + " " + BitOperations.IsPow2(1024L));
        int mismatches = 0;
        uint x = 2463534242;
        for (int i = 0; i < 2000; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            if (BitOperations.PopCount(x) != SlowPopCount(x)) mismatches++;
        }
        Console.WriteLine("mismatches " + mismatches + " final " + x);
    }
}
