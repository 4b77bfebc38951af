// Covers: Nullable<T> — HasValue, Value, GetValueOrDefault, ?? and ??=, lifted arithmetic and
// comparisons (null propagation, null == null, < with null is false), boxing (null or boxed T),
// unboxing to T?, nullable structs and enums, Equals/ToString, InvalidOperationException from Value.
using System;

struct Point { public int X, Y; public override string ToString() => "(" + X + "," + Y + ")"; }
enum Level { Low, High }

static class NullableValues
{
    static int? Half(int v) => v % 2 == 0 ? v / 2 : null;

    static void Main()
    {
        int? a = 5;
        int? none = null;
        Console.WriteLine(a.HasValue + " " + none.HasValue + " " + a.Value + " " + none.GetValueOrDefault() + " " + none.GetValueOrDefault(-1));
        Console.WriteLine("[" + a + "] [" + none + "] [" + none.ToString() + "]");
        int? sum = a + none;
        int? product = a * 3;
        Console.WriteLine(sum.HasValue + " " + product);
        Console.WriteLine((a > none) + " " + (a < none) + " " + (none == null) + " " + (a == 5) + " " + (a != none));
        int? n2 = null;
        Console.WriteLine((none == n2) + " " + (none >= n2));
        Console.WriteLine(none ?? 17);
        none ??= 23;
        Console.WriteLine(none);
        for (int i = 0; i < 5; i++) Console.Write((Half(i)?.ToString() ?? "null") + " ");
        Console.WriteLine();

        object boxed = a;
        object boxedNull = (int?)null;
        Console.WriteLine((boxed is int) + " " + (boxedNull == null) + " " + boxed);
        int? unboxed = (int?)boxed;
        int? unboxedNull = (int?)boxedNull;
        Console.WriteLine(unboxed + " " + unboxedNull.HasValue);
        object fromInt = 9;
        int? fromIntUnboxed = (int?)fromInt;
        Console.WriteLine(fromIntUnboxed.Value);

        Point? p = new Point { X = 1, Y = 2 };
        Console.WriteLine(p.Value.X + " " + p + " " + p?.Y);
        Point? np = null;
        Console.WriteLine((np?.X ?? -1) + " " + np.HasValue);
        Level? lvl = Level.High;
        Console.WriteLine(lvl + " " + (lvl == Level.High));
        bool? t = true, f = false, u = null;
        Console.WriteLine((t & u) + "|" + (f & u) + "|" + (t | u) + "|" + (f | u) + "|" + (u ^ t));
        double? dn = 2.5;
        Console.WriteLine(dn * 2 + " " + a.Equals(5) + " " + none.Equals(null) + " " + ((int?)null).Equals(null));
        long? widened = a;
        Console.WriteLine(widened + 1);

        try { int? missing = null; Console.WriteLine(missing.Value); }
        catch (InvalidOperationException) { Console.WriteLine("Value of null: InvalidOperationException"); }
        try { int? missing = null; int forced = (int)missing; Console.WriteLine(forced); }
        catch (InvalidOperationException) { Console.WriteLine("cast of null: InvalidOperationException"); }
    }
}
