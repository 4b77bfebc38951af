// Covers: integer ToString with and without format strings: "X", "x8", "D4", "N0", "N2", "G",
// "0", custom digits, for int, uint, long, ulong, short, ushort, byte, sbyte at their limits and
// for negative values (two's complement hex of negatives), char and bool ToString.
using System;

static class IntegerFormatting
{
    static void Main()
    {
        int[] ints = { 0, 1, -1, 42, -42, 255, 1000, 123456789, int.MaxValue, int.MinValue };
        foreach (int v in ints)
            Console.WriteLine($"{v.ToString()} {v.ToString("X")} {v.ToString("x8")} {v.ToString("D4")} {v.ToString("N0")} {v.ToString("N2")} {v.ToString("G")}");

        long[] longs = { 0L, -1L, 1L << 40, long.MaxValue, long.MinValue, 9999999999L };
        foreach (long v in longs)
            Console.WriteLine($"{v} {v:X} {v:x16} {v:D20} {v:N0}");

        ulong[] ulongs = { 0UL, ulong.MaxValue, 1UL << 63, 18446744073709551000UL };
        foreach (ulong v in ulongs)
            Console.WriteLine($"{v} {v:X} {v:D3}");

        Console.WriteLine(uint.MaxValue + " " + uint.MaxValue.ToString("X") + " " + 3000000000u);
        Console.WriteLine(short.MinValue + " " + short.MinValue.ToString("X") + " " + short.MaxValue);
        Console.WriteLine(ushort.MaxValue + " " + ushort.MaxValue.ToString("x"));
        Console.WriteLine(byte.MaxValue + " " + ((byte)10).ToString("X2") + " " + ((byte)10).ToString("D3"));
        Console.WriteLine(sbyte.MinValue + " " + sbyte.MinValue.ToString("X") + " " + ((sbyte)-1).ToString("x"));
        Console.WriteLine(((sbyte)-5).ToString("D3") + " " + ((short)-5).ToString("X"));
        Console.WriteLine('A'.ToString() + 'z' + " " + true.ToString() + " " + false);
        Console.WriteLine(7.ToString("000") + " " + 1234567.ToString("#,#") + " " + (-12).ToString("0000"));
        Console.WriteLine(0xDEADBEEF.ToString("X") + " " + 0xCAFEu.ToString("x6"));
    }
}
