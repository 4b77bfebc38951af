using System;
using System.Globalization;

namespace Rivet.CoreLib.Tests;

/// <summary>Calls corlib's span formatters the way Rivet's ToString does, returning strings to compare.</summary>
internal static class RivetNumber
{
    public static string Format(double value, string format) => Run(format, (f, d) => Number.FormatDouble(value, f, d));
    public static string Format(float value, string format) => Run(format, (f, d) => Number.FormatSingle(value, f, d));
    public static string Format(long value, ulong bitsMask, string format) => Run(format, (f, d) => Number.FormatInt64(value, bitsMask, f, d));
    public static string Format(ulong value, string format) => Run(format, (f, d) => Number.FormatUInt64(value, f, d));

    private delegate int Formatter(ReadOnlySpan<char> format, Span<char> destination);

    /// <summary>Formats into a small buffer first, then (as Number.ToString does) into one of exactly the reported length.</summary>
    private static string Run(string format, Formatter formatter)
    {
        Span<char> small = stackalloc char[32];
        int length = formatter(format, small);
        if (length <= small.Length) return new string(small[..length]);
        var exact = new char[length];
        int again = formatter(format, exact);
        if (again != length) throw new InvalidOperationException($"length changed: {length} then {again}");
        return new string(exact);
    }

    public static bool TryParseDouble(string s, out double result) =>
        Number.TryParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, out result) == Number.ParsingStatus.OK;

    public static bool TryParseSingle(string s, out float result) =>
        Number.TryParseSingle(s, NumberStyles.Float | NumberStyles.AllowThousands, out result) == Number.ParsingStatus.OK;
}
