// Covers: checked arithmetic — OverflowException from add/sub/mul for int, long, uint, ulong
// (incl. unsigned subtraction below zero), checked conversions (long→int, int→byte, negative→uint,
// ulong→long, double→int out of range), checked ++/--, checked context in expressions vs unchecked
// wraparound of the same operations, and values that just fit.
using System;

static class CheckedArithmetic
{
    static void Check(string what, Func<string> op)
    {
        try
        {
            Console.WriteLine(what + " = " + op());
        }
        catch (OverflowException)
        {
            Console.WriteLine(what + ": OverflowException");
        }
    }

    static void Main()
    {
        int maxInt = int.MaxValue, minInt = int.MinValue, one = 1, two = 2, minusOne = -1;
        long maxLong = long.MaxValue, minLong = long.MinValue;
        uint zeroU = 0, maxU = uint.MaxValue;
        ulong maxUL = ulong.MaxValue;
        Check("int max + 1", () => checked(maxInt + one).ToString());
        Check("int min - 1", () => checked(minInt - one).ToString());
        Check("int max * 2", () => checked(maxInt * two).ToString());
        Check("int min * -1", () => checked(minInt * minusOne).ToString());
        Check("int -min", () => checked(-minInt).ToString());
        Check("int max - 1", () => checked(maxInt - one).ToString());
        Check("long max + 1", () => checked(maxLong + one).ToString());
        Check("long min * 2", () => checked(minLong * two).ToString());
        Check("long 3037000500^2", () => { long x = 3037000500; return checked(x * x).ToString(); });
        Check("long 3037000499^2", () => { long x = 3037000499; return checked(x * x).ToString(); });
        Check("uint 0 - 1", () => checked(zeroU - 1).ToString());
        Check("uint max + 1", () => checked(maxU + 1).ToString());
        Check("uint 65536 * 65536", () => { uint x = 65536; return checked(x * x).ToString(); });
        Check("ulong max + 1", () => checked(maxUL + 1).ToString());
        Check("ulong 2^32 * 2^32", () => { ulong x = 1UL << 32; return checked(x * x).ToString(); });
        Check("ulong 2^32 * (2^32-1)", () => { ulong x = 1UL << 32; return checked(x * (x - 1)).ToString(); });

        long big = 1L << 31;
        Check("(int)2^31", () => checked((int)big).ToString());
        Check("(int)-2^31", () => checked((int)-big).ToString());
        int i300 = 300, iNeg = -1;
        Check("(byte)300", () => checked((byte)i300).ToString());
        Check("(sbyte)-129", () => { int v = -129; return checked((sbyte)v).ToString(); });
        Check("(uint)-1", () => checked((uint)iNeg).ToString());
        Check("(ulong)-1L", () => { long v = -1; return checked((ulong)v).ToString(); });
        Check("(long)ulong.Max", () => checked((long)maxUL).ToString());
        Check("(int)uint.Max", () => checked((int)maxU).ToString());
        Check("(char)-1", () => checked((char)iNeg).ToString());
        Check("(ushort)65535", () => { int v = 65535; return checked((ushort)v).ToString(); });
        double d = 3e9, nan = double.NaN;
        Check("(int)3e9 checked", () => checked((int)d).ToString());
        Check("(int)NaN checked", () => checked((int)nan).ToString());
        Check("(uint)-0.9 checked", () => { double v = -0.9; return checked((uint)v).ToString(); });
        Check("(int)2147483647.9 checked", () => { double v = 2147483647.9; return checked((int)v).ToString(); });
        Check("++ at max", () => { int v = int.MaxValue; checked { v++; } return v.ToString(); });
        Check("-- at min byte", () => { byte v = 0; checked { v--; } return v.ToString(); });

        Console.WriteLine(unchecked(maxInt + one) + " " + unchecked(minInt * minusOne) + " " + unchecked(maxLong * two));
        Console.WriteLine(unchecked(zeroU - 1) + " " + unchecked(maxUL + 1) + " " + unchecked((byte)i300) + " " + unchecked((int)maxU));
        int wrap = maxInt;
        wrap += 10;
        int i40000 = 40000, i200 = 200;
        Console.WriteLine(wrap + " " + (short)i40000 + " " + (sbyte)i200 + " " + (ushort)iNeg);
    }
}
