// Covers: the sieve of Eratosthenes over bool[] and over a bit array in uint[] (shifts and
// masks), prime counting up to 10^6, the last primes found, twin primes, a segmented check
// against trial division, and Goldbach decompositions of small even numbers.
using System;
using System.Collections.Generic;

static class SieveOfEratosthenes
{
    static bool[] Sieve(int limit)
    {
        var composite = new bool[limit + 1];
        composite[0] = composite[1] = true;
        for (int p = 2; (long)p * p <= limit; p++)
            if (!composite[p])
                for (int m = p * p; m <= limit; m += p) composite[m] = true;
        return composite;
    }

    static uint[] BitSieve(int limit)
    {
        var bits = new uint[(limit >> 5) + 1];
        bits[0] |= 3;
        for (int p = 2; (long)p * p <= limit; p++)
            if ((bits[p >> 5] & (1u << (p & 31))) == 0)
                for (int m = p * p; m <= limit; m += p) bits[m >> 5] |= 1u << (m & 31);
        return bits;
    }

    static bool IsPrimeSlow(int n)
    {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    static void Main()
    {
        const int Limit = 1000000;
        var composite = Sieve(Limit);
        int count = 0, twins = 0, last = 0;
        var lastFew = new List<int>();
        for (int i = 2; i <= Limit; i++)
        {
            if (composite[i]) continue;
            count++;
            if (i >= 2 && last == i - 2) twins++;
            last = i;
            if (i > Limit - 200) lastFew.Add(i);
        }
        Console.WriteLine("primes " + count + " twins " + twins);
        Console.WriteLine(string.Join(" ", lastFew));

        var bits = BitSieve(Limit);
        int bitCount = 0;
        for (int i = 0; i <= Limit; i++) if ((bits[i >> 5] & (1u << (i & 31))) == 0) bitCount++;
        Console.WriteLine("bit sieve agrees " + (bitCount == count));

        int mismatches = 0;
        for (int i = 0; i < 5000; i++) if (IsPrimeSlow(i) == composite[i]) mismatches++;
        Console.WriteLine("mismatches " + mismatches);

        for (int even = 4; even <= 40; even += 6)
        {
            for (int p = 2; p <= even / 2; p++)
                if (!composite[p] && !composite[even - p]) { Console.Write(even + "=" + p + "+" + (even - p) + " "); break; }
        }
        Console.WriteLine();
    }
}
