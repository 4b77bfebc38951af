// Covers: Span<T>/ReadOnlySpan<T> — over arrays and array ranges, indexer (read/write through to
// the array), Length, IsEmpty, Slice, Fill, Clear, CopyTo/TryCopyTo (incl. overlapping), ToArray,
// foreach, ref returned by the indexer, ReadOnlySpan<char> from string (AsSpan), SequenceEqual,
// IndexOf, span of structs, IndexOutOfRangeException and ArgumentOutOfRangeException.
using System;

struct Pixel { public byte R, G, B; }

static class SpanBasics
{
    static int Sum(ReadOnlySpan<int> values)
    {
        int total = 0;
        foreach (int v in values) total += v;
        return total;
    }

    static void Print(Span<int> span)
    {
        Console.Write("[" + span.Length + "]");
        for (int i = 0; i < span.Length; i++) Console.Write(" " + span[i]);
        Console.WriteLine();
    }

    static void Main()
    {
        int[] array = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        Span<int> all = array;
        Span<int> middle = all.Slice(3, 4);
        Print(middle);
        middle[0] = 40;
        Console.WriteLine(array[3]);
        ref int r = ref middle[1];
        r *= 100;
        Console.WriteLine(array[4]);
        Console.WriteLine(Sum(array) + " " + Sum(middle) + " " + Sum(all.Slice(8)));
        Print(new Span<int>(array, 7, 3));
        Print(array.AsSpan(5));
        Print(array.AsSpan(1, 2));

        middle.Fill(-1);
        Print(all);
        all.Slice(0, 2).Clear();
        Print(all);
        all.Slice(0, 5).CopyTo(all.Slice(3));
        Print(all);
        Console.WriteLine(all.Slice(0, 5).TryCopyTo(all.Slice(8)));
        int[] copy = all.Slice(2, 3).ToArray();
        copy[0] = 999;
        Console.WriteLine(copy.Length + " " + copy[0] + " " + array[2]);
        Span<int> empty = Span<int>.Empty;
        Console.WriteLine(empty.IsEmpty + " " + all.IsEmpty + " " + default(Span<int>).Length);

        ReadOnlySpan<char> text = "hello, span".AsSpan();
        Console.WriteLine(text.Length + " " + text[4] + " " + text.Slice(7).ToString() + " " + text.IndexOf(','));
        Console.WriteLine(text.Slice(0, 5).SequenceEqual("hello".AsSpan()) + " " + text.Slice(0, 5).SequenceEqual("help!".AsSpan()));
        Console.WriteLine("abc".AsSpan(1).ToString());

        Pixel[] pixels = new Pixel[3];
        Span<Pixel> ps = pixels;
        ps[1].G = 200;
        ps[2] = new Pixel { R = 1, G = 2, B = 3 };
        Console.WriteLine(pixels[1].G + " " + pixels[2].B);

        try { Console.WriteLine(middle[4]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("span index out of range"); }
        try { all.Slice(8, 3); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("slice out of range"); }
        try { all.CopyTo(middle); }
        catch (ArgumentException) { Console.WriteLine("destination too short"); }
    }
}
