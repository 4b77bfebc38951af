// Covers: double and float ToString with format strings "F3", "F0", "E", "E2", "G", "G5", "R",
// "N2", "P" and custom patterns, rounding of exact binary halves (0.5, 2.5, 0.125: to even, as
// CoreCLR does), exact digits of huge values, negative zero, NaN and infinities under formats.
using System;

static class FloatFormatting
{
    static void Main()
    {
        double[] values = { 0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 1234.5678, 1e-7, 6.02214076e23, 123456789.0, 0.1 + 0.2,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon };
        foreach (double v in values)
            Console.WriteLine($"{v.ToString("F3")} | {v.ToString("F0")} | {v.ToString("E")} | {v.ToString("E2")} | {v.ToString("G")} | {v.ToString("G5")} | {v.ToString("R")} | {v.ToString("N2")}");

        float[] floats = { 0.1f, 1.0f / 3.0f, 16777216f, 3.4028235e38f, 1e-10f, -2.75f, float.NaN };
        foreach (float v in floats)
            Console.WriteLine($"{v.ToString("F3")} | {v.ToString("E3")} | {v.ToString("G")} | {v.ToString("R")} | {v:G3}");

        Console.WriteLine(0.5.ToString("F0") + " " + 1.5.ToString("F0") + " " + 2.5.ToString("F0") + " " + (-0.5).ToString("F0"));
        Console.WriteLine(0.125.ToString("F2") + " " + 0.375.ToString("F2") + " " + 1.005.ToString("F2"));
        Console.WriteLine(0.25.ToString("P") + " " + (-0.5).ToString("P0") + " " + 1234.5.ToString("0.00") + " " + 3.0.ToString("0.##"));
        Console.WriteLine(12345.678.ToString("E10") + " " + 1e100.ToString("F2").Length);
    }
}
