// Covers: data initialized from the assembly's RVA blobs — static readonly byte/int/long/double/
// char arrays with constant initializers (RuntimeHelpers.InitializeArray), local constant arrays,
// ReadOnlySpan<byte> properties over constant data (no allocation; bytes straight from the image),
// u8 string literals, a CRC-8 table in RVA data, and that each `new` of an initialized array is a
// fresh mutable copy.
using System;

static class RvaData
{
    static readonly byte[] Primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
    static readonly int[] Powers = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000 };
    static readonly long[] Big = { long.MinValue, -1, 0, 1, long.MaxValue, 0x0123456789ABCDEF };
    static readonly double[] Constants = { 3.141592653589793, 2.718281828459045, 1.4142135623730951, -0.0, double.Epsilon };
    static readonly char[] Hex = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };
    static ReadOnlySpan<byte> Crc8Seed => new byte[] { 0x00, 0x07, 0x0E, 0x09, 0x1C, 0x1B, 0x12, 0x15, 0x38, 0x3F, 0x36, 0x31, 0x24, 0x23, 0x2A, 0x2D };
    static ReadOnlySpan<byte> Greeting => "hello, rva"u8;

    static int[] Fresh() => new[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };

    static byte Crc8(ReadOnlySpan<byte> data)
    {
        byte crc = 0;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int i = 0; i < 8; i++) crc = (byte)((crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1);
        }
        return crc;
    }

    static void Main()
    {
        int sum = 0;
        foreach (byte p in Primes) sum += p;
        Console.WriteLine(Primes.Length + " " + sum + " " + Primes[15]);
        long powerSum = 0;
        foreach (int p in Powers) powerSum += p;
        Console.WriteLine(powerSum);
        foreach (long value in Big) Console.Write(value.ToString("X") + " ");
        Console.WriteLine();
        foreach (double d in Constants) Console.Write(d + " ");
        Console.WriteLine();
        Console.WriteLine(new string(Hex));

        ReadOnlySpan<byte> seed = Crc8Seed;
        Console.Write(seed.Length + ":");
        for (int i = 0; i < seed.Length; i++) Console.Write(" " + seed[i]);
        Console.WriteLine();
        bool tableMatches = true;
        for (int i = 0; i < 16; i++)
            if (Crc8(new[] { (byte)i }) != seed[i]) tableMatches = false;
        Console.WriteLine("table matches " + tableMatches + " crc " + Crc8(Greeting) + " " + Greeting.Length);

        int[] a = Fresh();
        a[0] = 100;
        int[] b = Fresh();
        Console.WriteLine(a[0] + " " + b[0] + " " + b[9]);
        short[] local = { -1, 2, -3, 32767, -32768 };
        Console.WriteLine(local[0] + local[1] + local[2] + " " + local[3] + " " + local[4]);
        bool[] bits = { true, false, true, true };
        Console.WriteLine(bits[0] + " " + bits[1] + " " + bits.Length);
    }
}
