// Covers: integer division and remainder — DivideByZeroException for int, long, uint, ulong,
// short/byte (promoted), for / and %; OverflowException for int.MinValue / -1 and long.MinValue / -1
// (and %, as CoreCLR does); truncation toward zero and sign of % for negative operands; floating
// division by zero gives ±Infinity/NaN without exceptions; unsigned division of large values.
using System;

static class DivideByZeroChecks
{
    static void Check(string what, Func<long> op)
    {
        try
        {
            Console.WriteLine(what + " = " + op());
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine(what + ": DivideByZeroException");
        }
        catch (OverflowException)
        {
            Console.WriteLine(what + ": OverflowException");
        }
    }

    static void Main()
    {
        int zero = 0, minusOne = -1, seven = 7, minInt = int.MinValue;
        long lzero = 0, lminusOne = -1, minLong = long.MinValue;
        uint uzero = 0;
        ulong ulzero = 0;
        short szero = 0;
        byte bzero = 0;
        Check("7 / 0", () => seven / zero);
        Check("7 % 0", () => seven % zero);
        Check("long / 0", () => 5L / lzero);
        Check("long % 0", () => 5L % lzero);
        Check("uint / 0", () => 5u / uzero);
        Check("ulong % 0", () => (long)(5UL % ulzero));
        Check("short / 0", () => (short)7 / szero);
        Check("byte % 0", () => (byte)7 % bzero);
        Check("int.MinValue / -1", () => minInt / minusOne);
        Check("int.MinValue % -1", () => minInt % minusOne);
        Check("long.MinValue / -1", () => minLong / lminusOne);
        Check("long.MinValue % -1", () => minLong % lminusOne);
        Check("int.MinValue / 1", () => minInt / 1);

        int[] nums = { 7, -7, 7, -7, 0, 1, -1, int.MaxValue, int.MinValue };
        int[] dens = { 2, 2, -2, -2, 3, 5, 5, -3, 7 };
        for (int i = 0; i < nums.Length; i++)
            Console.WriteLine(nums[i] + " / " + dens[i] + " = " + nums[i] / dens[i] + " rem " + nums[i] % dens[i]);
        long ln = -9000000000000000001L;
        Console.WriteLine(ln / 1000 + " " + ln % 1000 + " " + ln / -7 + " " + ln % -7);
        uint big = 0xFFFFFFF0u;
        Console.WriteLine(big / 3u + " " + big % 7u + " " + (int)big / 3);
        ulong ubig = 0xFFFFFFFFFFFFFFF0UL;
        Console.WriteLine(ubig / 10UL + " " + ubig % 10UL + " " + ubig / 0x100000000UL);

        double dz = 0.0;
        Console.WriteLine(1.0 / dz + " " + -1.0 / dz + " " + 0.0 / dz + " " + 5.0 % dz + " " + 1.0 / -dz);
        float fz = 0f;
        Console.WriteLine(1f / fz + " " + 5.5 % 2.0 + " " + -5.5 % 2.0 + " " + 5.5f % -2f);
    }
}
