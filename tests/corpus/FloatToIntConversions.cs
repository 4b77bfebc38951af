// Covers: floating-point to integer conversions with .NET 9+ saturating semantics (conv.i4 etc.
// on NaN → 0, +Inf/too large → MaxValue, -Inf/too small → MinValue, unsigned targets clamp
// negatives to 0), truncation toward zero, small integer targets (conv.i1/u1/i2/u2 of doubles),
// float sources, integer to float rounding (long → double/float beyond 2^53/2^24), unsigned
// to float (ulong above 2^63), and checked conversions throwing OverflowException instead.
using System;

static class FloatToIntConversions
{
    static void Main()
    {
        double[] values = { 0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0,
            4294967295.0, 4294967296.0, 9.2233720368547758E18, -9.2233720368547758E18, 1.8446744073709552E19, 1e30, -1e30,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, 255.9, 256.0, -128.5, 32767.9, 65536.0 };
        foreach (double v in values)
        {
            Console.WriteLine(v + ": int " + (int)v + " uint " + (uint)v + " long " + (long)v + " ulong " + (ulong)v
                + " sbyte " + (sbyte)v + " byte " + (byte)v + " short " + (short)v + " ushort " + (ushort)v + " char " + (int)(char)v);
        }
        float[] floats = { float.NaN, float.MaxValue, -float.MaxValue, 3e9f, -3e9f, 16777217f, 0.99999994f };
        foreach (float f in floats)
            Console.WriteLine(f + ": int " + (int)f + " uint " + (uint)f + " long " + (long)f + " ulong " + (ulong)f);

        long[] longs = { 9007199254740993L, long.MaxValue, long.MinValue, 16777217L, -16777217L, 123456789012345678L };
        foreach (long l in longs) Console.WriteLine(l + " -> " + (double)l + " " + (float)l);
        ulong[] ulongs = { ulong.MaxValue, 9223372036854775808UL, 9223372036854777856UL, 18446744073709549568UL };
        foreach (ulong u in ulongs) Console.WriteLine(u + " -> " + (double)u + " " + (float)u);
        uint big = 4294967295u;
        Console.WriteLine((double)big + " " + (float)big + " " + (double)(int)big);

        double nan = double.NaN, huge = 1e20;
        try { Console.WriteLine(checked((int)nan)); }
        catch (OverflowException) { Console.WriteLine("checked NaN: OverflowException"); }
        try { Console.WriteLine(checked((long)huge)); }
        catch (OverflowException) { Console.WriteLine("checked 1e20: OverflowException"); }
        double d256 = 256.0;
        try { Console.WriteLine(checked((byte)d256)); }
        catch (OverflowException) { Console.WriteLine("checked 256: OverflowException"); }
        double almost = 255.999;
        Console.WriteLine(checked((byte)almost));
    }
}
