// Covers: System.Index and System.Range — ^n from-end indices on arrays, strings, spans and
// List<T>; ranges on arrays (copies), strings (substrings) and spans (slices, no copy); Range
// fields Start/End/IsFromEnd and GetOffsetAndLength; empty and full ranges; out-of-range errors.
using System;
using System.Collections.Generic;

static class RangesAndIndices
{
    static void Main()
    {
        int[] a = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Console.WriteLine(a[^1] + " " + a[^10] + " " + a[^3]);
        int[] middle = a[2..5];
        middle[0] = 200;
        Console.WriteLine(string.Join(",", middle) + " | " + a[2]);
        Console.WriteLine(string.Join(",", a[..3]) + " | " + string.Join(",", a[7..]) + " | " + string.Join(",", a[^2..]) + " | " + a[3..3].Length + " | " + a[..].Length);

        string s = "differential";
        Console.WriteLine(s[^1] + " " + s[..4] + " " + s[4..^4] + " " + s[^4..] + " [" + s[5..5] + "]");

        Span<int> span = a;
        Span<int> tail = span[^4..];
        tail[0] = 600;
        Console.WriteLine(a[6] + " " + tail.Length + " " + span[^1]);
        ReadOnlySpan<char> chars = s.AsSpan()[2..^2];
        Console.WriteLine(chars.ToString() + " " + chars[^1]);

        var list = new List<string> { "a", "b", "c" };
        Console.WriteLine(list[^1] + list[^3]);

        Index fromEnd = ^2;
        Index fromStart = 3;
        Range r = 1..^1;
        Console.WriteLine(fromEnd.Value + " " + fromEnd.IsFromEnd + " " + fromStart.GetOffset(10) + " " + fromEnd.GetOffset(10));
        var (offset, length) = r.GetOffsetAndLength(10);
        Console.WriteLine(r.Start.Value + " " + r.End.IsFromEnd + " " + offset + " " + length + " " + string.Join(",", a[r]));

        try { Console.WriteLine(a[^11]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("^11: IndexOutOfRangeException"); }
        try { Console.WriteLine(a[5..11].Length); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("5..11: ArgumentOutOfRangeException"); }
        try { Console.WriteLine(s[8..4]); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("8..4: ArgumentOutOfRangeException"); }
    }
}
