// Covers: 64-bit integer arithmetic that 32-bit targets implement in pieces — multiplication,
// division and remainder of signed and unsigned longs (incl. by constants and powers of two),
// carries across the 32-bit boundary, shifts by 0..63 of long/ulong, comparisons of values
// differing only in the high word, Math.BigMul high words, a 64-bit LCG + xorshift PRNG, and
// modular exponentiation with a shift-and-add modular multiply.
using System;

static class LongArithmetic
{
    const ulong Modulus = 1000000000000000003UL;

    // Double-and-add: every intermediate stays below 2 * Modulus < 2^61, so nothing wraps.
    static ulong MulMod(ulong a, ulong b, ulong m)
    {
        ulong result = 0;
        a %= m;
        while (b > 0)
        {
            if ((b & 1) != 0) result = (result + a) % m;
            a = (a << 1) % m;
            b >>= 1;
        }
        return result;
    }

    static void Main()
    {
        long a = 0x00000000FFFFFFFF;
        Console.WriteLine((a + 1) + " " + (a * a) + " " + (a * -a) + " " + ((a + 1) * (a + 1)));
        long big = 1234567890123456789, small = 987654321;
        Console.WriteLine(big / small + " " + big % small + " " + (-big) / small + " " + (-big) % small + " " + big / -7 + " " + big / 1024 + " " + (-big) / 1024 + " " + (-big >> 10));
        ulong ua = 0xFEDCBA9876543210, ub = 0x123456789;
        Console.WriteLine(ua / ub + " " + ua % ub + " " + ua / 10 + " " + ua % 10 + " " + ua * 3 + " " + (ua >> 1) + " " + ua / 0x100000000UL);
        for (int s = 0; s < 64; s += 7)
            Console.Write(((1L << s) - 1).ToString("X") + "/" + (long.MinValue >> s).ToString("X") + "/" + (ulong.MaxValue >> s).ToString("X") + " ");
        Console.WriteLine();
        long hi1 = 0x0000000100000000, hi2 = 0x00000000FFFFFFFF, neg = unchecked((long)0xFFFFFFFF00000000);
        Console.WriteLine((hi1 > hi2) + " " + (neg < hi2) + " " + ((ulong)neg > (ulong)hi2) + " " + (hi1 == hi2 + 1) + " " + (hi1 - hi2));
        Console.WriteLine(Math.BigMul(0xFFFFFFFFFFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL, out ulong low) + " " + low + " " + Math.BigMul(long.MinValue, 3L, out long slow) + " " + slow);

        ulong state = 88172645463325252UL;
        ulong x = 0;
        for (int i = 0; i < 1000; i++)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            x ^= state;
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        }
        Console.WriteLine(state + " " + x);
        long factorial = 1;
        for (int i = 1; i <= 20; i++) factorial *= i;
        Console.WriteLine(factorial + " " + factorial / 1000000007 + " " + factorial % 1000000007);
        long gcdA = 1071L * 1000000007, gcdB = 462L * 1000000007;
        while (gcdB != 0) (gcdA, gcdB) = (gcdB, gcdA % gcdB);
        Console.WriteLine(gcdA);
        ulong pow = 1;
        ulong baseValue = 3, exponent = 200;
        while (exponent > 0)
        {
            if ((exponent & 1) != 0) pow = MulMod(pow, baseValue, Modulus);
            baseValue = MulMod(baseValue, baseValue, Modulus);
            exponent >>= 1;
        }
        Console.WriteLine(pow);
    }
}
