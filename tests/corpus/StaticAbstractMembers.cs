// Covers: static abstract (and static virtual) interface members — generic math over a custom
// INumberLike<T> interface with static abstract operators, constants and factory methods,
// implemented by a struct and a class; static virtual with a default; constrained calls through
// type parameters, including recursion through generic methods.
using System;

interface INumberLike<T> where T : INumberLike<T>
{
    static abstract T Zero { get; }
    static abstract T operator +(T a, T b);
    static abstract T operator *(T a, T b);
    static abstract T FromInt(int v);
    static virtual string Unit => "units";
}

readonly struct Mod7 : INumberLike<Mod7>
{
    public readonly int Value;
    public Mod7(int v) { Value = ((v % 7) + 7) % 7; }
    public static Mod7 Zero => new Mod7(0);
    public static Mod7 operator +(Mod7 a, Mod7 b) => new Mod7(a.Value + b.Value);
    public static Mod7 operator *(Mod7 a, Mod7 b) => new Mod7(a.Value * b.Value);
    public static Mod7 FromInt(int v) => new Mod7(v);
    public override string ToString() => Value + " (mod 7)";
}

sealed class Poly : INumberLike<Poly>
{
    public readonly long[] C;
    public Poly(params long[] c) { C = c; }
    public static Poly Zero => new Poly(0);
    public static Poly operator +(Poly a, Poly b)
    {
        var r = new long[Math.Max(a.C.Length, b.C.Length)];
        for (int i = 0; i < r.Length; i++) r[i] = (i < a.C.Length ? a.C[i] : 0) + (i < b.C.Length ? b.C[i] : 0);
        return new Poly(r);
    }
    public static Poly operator *(Poly a, Poly b)
    {
        var r = new long[a.C.Length + b.C.Length - 1];
        for (int i = 0; i < a.C.Length; i++)
            for (int j = 0; j < b.C.Length; j++) r[i + j] += a.C[i] * b.C[j];
        return new Poly(r);
    }
    public static Poly FromInt(int v) => new Poly(v);
    public static string Unit => "polynomial";
    public override string ToString() => string.Join(" ", C);
}

static class StaticAbstractMembers
{
    static T Sum<T>(T[] values) where T : INumberLike<T>
    {
        T total = T.Zero;
        foreach (var v in values) total += v;
        return total;
    }

    static T Power<T>(T x, int n) where T : INumberLike<T> => n == 0 ? T.FromInt(1) : x * Power(x, n - 1);
    static string UnitOf<T>() where T : INumberLike<T> => T.Unit;

    static void Main()
    {
        var values = new[] { new Mod7(3), new Mod7(5), new Mod7(6) };
        Console.WriteLine(Sum(values));
        Console.WriteLine(Power(new Mod7(3), 6) + " / " + Power(new Mod7(2), 10));
        var x1 = new Poly(1, 1);
        Console.WriteLine(Power(x1, 5));
        Console.WriteLine(Sum(new[] { new Poly(1, 2), new Poly(0, 0, 3), Poly.FromInt(4) }));
        Console.WriteLine(UnitOf<Mod7>() + " " + UnitOf<Poly>());
    }
}
