// Covers: System.Math — Abs (incl. OverflowException for int.MinValue), Min/Max (incl. NaN and
// ±0), Sign, Sqrt, Floor, Ceiling, Truncate, Round (to even, MidpointRounding.AwayFromZero,
// digits), Pow, Clamp, DivRem, BigMul, Exp/Log/Log10/Log2/Sin/Cos/Tan/Atan2 (printed to 10
// decimals so libm ulp differences cannot show), Math.PI/E, CopySign, FusedMultiplyAdd.
using System;

static class MathFunctions
{
    static string F(double v) => v.ToString("F10");

    static void Main()
    {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(5L) + " " + Math.Abs(-2.5) + " " + Math.Abs((short)-3) + " " + Math.Abs(-0.0));
        try { Math.Abs(int.MinValue); }
        catch (OverflowException) { Console.WriteLine("Abs(int.MinValue) OverflowException"); }
        Console.WriteLine(Math.Min(3, -4) + " " + Math.Max(3u, 4u) + " " + Math.Min(1.5, double.NaN) + " " + Math.Max(double.NaN, 1.0));
        Console.WriteLine(Math.Max(-0.0, 0.0) + " " + Math.Min(-0.0, 0.0) + " " + Math.Max(long.MinValue, -1L));
        Console.WriteLine(Math.Sign(-7) + " " + Math.Sign(0) + " " + Math.Sign(2.5) + " " + Math.Sign(-0.0));
        try { Math.Sign(double.NaN); }
        catch (ArithmeticException) { Console.WriteLine("Sign(NaN) ArithmeticException"); }

        double[] xs = { 2.5, 3.5, -2.5, -3.5, 2.4, 2.6, -0.4, 0.5, 1.5, 1e16 + 1, -1e-300 };
        foreach (var x in xs)
            Console.WriteLine(x + ": floor " + Math.Floor(x) + " ceil " + Math.Ceiling(x) + " trunc " + Math.Truncate(x)
                + " round " + Math.Round(x) + " away " + Math.Round(x, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(3.14159, 2) + " " + Math.Round(2.675, 2) + " " + Math.Round(-1.005, 2));

        Console.WriteLine(Math.Sqrt(2) + " " + Math.Sqrt(144) + " " + Math.Sqrt(-1) + " " + Math.Sqrt(0.0) + " " + Math.Sqrt(1e-300));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(2, -1) + " " + Math.Pow(0, 0) + " " + Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(10, 15));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10) + " " + Math.Clamp(2.5, 1.0, 3.0));
        Console.WriteLine(Math.DivRem(17, 5, out int rem) + " " + rem + " " + Math.DivRem(-17, 5, out int rem2) + " " + rem2);
        Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue) + " " + Math.BigMul(-3, 1000000000));

        Console.WriteLine(F(Math.Exp(1)) + " " + F(Math.Log(10)) + " " + F(Math.Log10(12345)) + " " + F(Math.Log2(1000)));
        Console.WriteLine(F(Math.Sin(1)) + " " + F(Math.Cos(1)) + " " + F(Math.Tan(0.5)) + " " + F(Math.Atan2(1, -1)));
        Console.WriteLine(F(Math.Asin(0.5)) + " " + F(Math.Acos(0.5)) + " " + F(Math.Atan(2)));
        Console.WriteLine(Math.Log(0) + " " + Math.Log(-1) + " " + Math.Exp(1000) + " " + Math.Exp(-1000));
        Console.WriteLine(Math.PI + " " + Math.E);
        Console.WriteLine(Math.CopySign(3.0, -0.0) + " " + Math.FusedMultiplyAdd(2.0, 3.0, 1.0));
        Console.WriteLine(Math.Max(byte.MaxValue, (byte)3) + " " + Math.Min(sbyte.MinValue, (sbyte)0) + " " + Math.Max(ulong.MaxValue, 1UL));
    }
}
