// Covers: double.ToString() shortest round-trip formatting (.NET Core 3.0+): 0.1+0.2, 1e15/1e16
// switch to exponent form, 1e-5, tiny and huge values, NaN, ±Infinity, -0.0, Epsilon, MaxValue,
// MinValue, integers up to 2^53, powers of ten, and Parse(ToString()) round-tripping bit-exactly
// (bits read through pointers).
using System;

static unsafe class DoubleRoundTrip
{
    static long Bits(double d) => *(long*)&d;
    static double FromBits(long l) => *(double*)&l;

    static void Main()
    {
        double[] values =
        {
            0.1 + 0.2, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 1e15, 1e16, 1e17, 123456789012345678.0,
            1e-5, 1e-4, 0.0001234, 1e-7, 5e-324, double.Epsilon, double.MaxValue, double.MinValue,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0,
            9007199254740992.0, 9007199254740993.0, 4.35, 2.675, 100.0, 1e21, 1e22, 1e23, 123.456,
            -98765.4321, 3.141592653589793, 2.718281828459045, 1.7976931348623157e308, 2.2250738585072014e-308,
            0.30000000000000004, 1.0000000000000002, 0.9999999999999999, 4503599627370496.5, 1e300 * 10,
        };
        foreach (double v in values)
        {
            string text = v.ToString();
            double back = double.Parse(text);
            // NaN payloads and signs are not specified by IEEE 754 arithmetic: only NaN-ness is compared.
            bool same = double.IsNaN(v) ? double.IsNaN(back) : Bits(back) == Bits(v);
            Console.WriteLine(text + " " + (same ? "ok" : "MISMATCH"));
        }

        double x = 1.0;
        for (int i = 0; i < 25; i++)
        {
            Console.Write(x + " ");
            x /= 10.0;
        }
        Console.WriteLine();
        double y = 1.0;
        for (int i = 0; i < 25; i++)
        {
            Console.Write(y + " ");
            y *= 7.5;
        }
        Console.WriteLine();
        double sum = 0;
        for (int i = 0; i < 10; i++) sum += 0.1;
        Console.WriteLine(sum + " " + (sum == 1.0));
        Console.WriteLine(Bits(-0.0).ToString("X16"));
        Console.WriteLine(FromBits(0x3FF8000000000000));
    }
}
