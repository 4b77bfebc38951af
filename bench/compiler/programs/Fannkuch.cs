// fannkuch-redux of the Computer Language Benchmarks Game: permutations in small int arrays.
using System;

public static class Fannkuch
{
    static (int Checksum, int MaxFlips) Run(int n)
    {
        var perm = new int[n];
        var perm1 = new int[n];
        var count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0, r = n;
        while (true)
        {
            for (; r != 1; r--) count[r - 1] = r;
            Array.Copy(perm1, perm, n);
            int flips = 0;
            for (int k = perm[0]; k != 0; k = perm[0])
            {
                for (int i = 0, j = k; i < j; i++, j--) (perm[i], perm[j]) = (perm[j], perm[i]);
                flips++;
            }
            maxFlips = Math.Max(maxFlips, flips);
            checksum += (permCount & 1) == 0 ? flips : -flips;
            while (true)
            {
                if (r == n) return (checksum, maxFlips);
                int first = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = first;
                if (--count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    public static int Main()
    {
        var (checksum, maxFlips) = Run(11);
        Console.WriteLine(checksum);
        Console.WriteLine($"Pfannkuchen(11) = {maxFlips}");
        return 0;
    }
}
