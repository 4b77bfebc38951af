// Sieve of Eratosthenes over 20 million numbers, repeated: array stores and bounds checks.
using System;

public static class Sieve
{
    static int CountPrimes(bool[] composite)
    {
        int n = composite.Length;
        Array.Clear(composite);
        int count = 0;
        for (int i = 2; i < n; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j < n; j += i) composite[j] = true;
        }
        return count;
    }

    public static int Main()
    {
        var composite = new bool[20_000_000];
        int count = 0;
        for (int round = 0; round < 20; round++) count = CountPrimes(composite);
        Console.WriteLine(count);
        return 0;
    }
}
