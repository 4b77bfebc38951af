// Covers: IEEE 754 semantics — NaN comparisons (==, <, >, <=, >= all false; != true), NaN
// through Equals/CompareTo, -0.0 == 0.0 but 1/-0.0 is -Infinity, float vs double precision and
// rounding on conversion, associativity loss, infinities in arithmetic, denormals, IsNaN/
// IsInfinity/IsFinite/IsNegative, min/max of NaN via comparisons, float remainder, and branch
// directions on NaN (the else branch of `if (x < y)` is taken).
using System;

static class FloatSemantics
{
    static string Cmp(double a, double b) =>
        (a == b ? "=" : "") + (a != b ? "!" : "") + (a < b ? "<" : "") + (a > b ? ">" : "") + (a <= b ? "l" : "") + (a >= b ? "g" : "");

    static void Main()
    {
        double nan = double.NaN, one = 1.0, zero = 0.0, negZero = -0.0, inf = double.PositiveInfinity;
        Console.WriteLine(Cmp(nan, one) + " " + Cmp(nan, nan) + " " + Cmp(one, nan) + " " + Cmp(zero, negZero) + " " + Cmp(inf, double.MaxValue) + " " + Cmp(-inf, inf));
        Console.WriteLine(nan.Equals(nan) + " " + nan.CompareTo(nan) + " " + nan.CompareTo(one) + " " + one.CompareTo(nan) + " " + zero.Equals(negZero) + " " + zero.CompareTo(negZero));
        Console.WriteLine((1 / zero) + " " + (1 / negZero) + " " + (zero * -1) + " " + (negZero + zero) + " " + (negZero - zero) + " " + Math.Sign(negZero));
        if (nan < one) Console.WriteLine("nan < 1 taken"); else Console.WriteLine("nan < 1 not taken");
        if (!(nan >= one)) Console.WriteLine("!(nan >= 1) taken");
        double m = nan;
        m = m > one ? m : one;
        Console.WriteLine(m);

        float f = 0.1f;
        double d = 0.1;
        Console.WriteLine((f == d) + " " + ((double)f) + " " + ((float)d == f) + " " + (f * 3) + " " + (d * 3));
        Console.WriteLine((0.1 + 0.2) + (0.3) + " " + (0.1 + 0.2 == 0.3) + " " + ((0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3)));
        Console.WriteLine((1e308 * 10) + " " + (-1e308 * 10) + " " + (inf - inf) + " " + (inf * 0) + " " + (inf / inf) + " " + (1 / inf));
        double denormal = double.Epsilon;
        Console.WriteLine(denormal + " " + (denormal / 2) + " " + (denormal * 2) + " " + (2.2250738585072014E-308 / 2));
        float fden = float.Epsilon;
        Console.WriteLine(fden + " " + (fden / 2) + " " + (1.17549435E-38f / 4));
        Console.WriteLine(double.IsNaN(nan) + " " + double.IsInfinity(-inf) + " " + double.IsFinite(1e308) + " " + double.IsNegative(negZero) + " " + double.IsNegative(zero) + " " + float.IsNaN(0f / 0f));
        Console.WriteLine((7.5 % 2) + " " + (-7.5 % 2) + " " + (7.5 % -2) + " " + (5.0 % inf) + " " + (inf % 2) + " " + (1e20 % 3));
        float big = 16777216f;
        Console.WriteLine((big + 1f == big) + " " + (big + 2f) + " " + (double)(big + 1f));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
        Console.WriteLine(sum);
        float fsum = 0;
        for (int i = 1; i <= 1000; i++) fsum += 1.0f / i;
        Console.WriteLine(fsum);
        Console.WriteLine((float)(1.0 / 3.0) + " " + (1.0f / 3.0f) + " " + (double)(1.0f / 3.0f));
    }
}
