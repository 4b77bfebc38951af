// Covers: float.ToString() shortest round-trip (float precision, not double), float.MaxValue,
// float.Epsilon, NaN, ±Infinity, -0.0f, float arithmetic rounding to single precision, (double)
// of a float, (float) of a double, and bit patterns via Bits.
using System;

static unsafe class SingleRoundTrip
{
    static int Bits(float f) => *(int*)&f;
    static float FromBits(int i) => *(float*)&i;

    static void Main()
    {
        float[] values =
        {
            0.1f, 0.2f, 0.1f + 0.2f, 1f / 3f, 1e15f, 1e16f, 1e-5f, float.MaxValue, float.MinValue, float.Epsilon,
            float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.0f, 16777217f, 3.1415927f,
            123456.79f, 1.17549435E-38f, 0.3f, 7e-45f, 100f, 1e38f * 10f,
        };
        foreach (float v in values)
        {
            string text = v.ToString();
            float back = float.Parse(text);
            // NaN payloads and signs are not specified by IEEE 754 arithmetic: only NaN-ness is compared.
            bool same = float.IsNaN(v) ? float.IsNaN(back) : Bits(back) == Bits(v);
            string bits = float.IsNaN(v) ? "nan" : Bits(v).ToString("X8");
            Console.WriteLine(text + " " + (same ? "ok" : "MISMATCH") + " " + bits);
        }
        float f = 0.1f;
        double widened = f;
        Console.WriteLine(widened);
        double d = 0.1;
        float narrowed = (float)d;
        Console.WriteLine(narrowed);
        Console.WriteLine((float)1e40);
        Console.WriteLine((float)1e-50);
        float acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        Console.WriteLine(acc);
        float big = 16777216f;
        Console.WriteLine(big + 1f);
        Console.WriteLine((double)big + 1.0);
        Console.WriteLine(FromBits(0x3FC00000));
    }
}
