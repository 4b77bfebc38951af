// Covers: stackalloc — into Span<T> (zero-initialized, with initializer), into a pointer,
// in a loop-free helper called repeatedly (fresh zeroed memory each call), stackalloc of structs
// and of bytes used as a scratch buffer for integer-to-text conversion; ReadOnlySpan<byte> from
// a u8 literal.
using System;

struct Vec { public int X, Y; }

static unsafe class StackallocSpans
{
    static int Digits(long value, Span<char> buffer)
    {
        bool negative = value < 0;
        ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int pos = buffer.Length;
        do { buffer[--pos] = (char)('0' + (int)(magnitude % 10)); magnitude /= 10; } while (magnitude != 0);
        if (negative) buffer[--pos] = '-';
        return pos;
    }

    static int SumFresh(int n)
    {
        Span<int> scratch = stackalloc int[16];
        int before = 0;
        for (int i = 0; i < scratch.Length; i++) before += scratch[i];
        for (int i = 0; i < n; i++) scratch[i] = i * n;
        int after = 0;
        foreach (int v in scratch) after += v;
        return before * 1000 + after;
    }

    static void Main()
    {
        Span<int> squares = stackalloc int[10];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        Console.WriteLine(squares[9] + " " + squares.Length);

        Span<byte> init = stackalloc byte[] { 1, 2, 3, 250 };
        int total = 0;
        foreach (byte b in init) total += b;
        Console.WriteLine(total);

        int* raw = stackalloc int[4];
        for (int i = 0; i < 4; i++) raw[i] = (i + 1) * 11;
        Console.WriteLine(raw[0] + raw[3] + " " + *(raw + 2));

        for (int n = 1; n <= 16; n *= 2) Console.Write(SumFresh(n) + " ");
        Console.WriteLine();

        Span<Vec> vecs = stackalloc Vec[3];
        vecs[2].X = 5;
        vecs[2].Y = -5;
        Console.WriteLine(vecs[0].X + " " + vecs[2].X + " " + vecs[2].Y);

        Span<char> buffer = stackalloc char[24];
        long[] values = { 0, 7, -7, 1234567890123, long.MinValue, long.MaxValue };
        foreach (long v in values)
        {
            int start = Digits(v, buffer);
            Console.WriteLine(buffer.Slice(start).ToString());
        }

        ReadOnlySpan<byte> utf8 = "Rivet\u00e9"u8;
        Console.Write(utf8.Length + ":");
        foreach (byte b in utf8) Console.Write(" " + b.ToString("X2"));
        Console.WriteLine();
    }
}
