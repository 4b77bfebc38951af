// Covers: integer semantics that miscompiles break — wraparound of int/long/short/byte arithmetic,
// sign extension (sbyte/short → int/long) vs zero extension (byte/ushort/char/uint → long),
// unsigned comparisons and division, shift counts masked to the width (x << 33 == x << 1 for int,
// << 65 for long), arithmetic vs logical right shift (>> on negative, >>>), narrowing truncation,
// mixed signed/unsigned promotion, ~ and unary minus, bitwise ops on small types, increments.
using System;

static class IntegerSemantics
{
    static void Main()
    {
        int i = int.MaxValue;
        i++;
        long l = long.MaxValue;
        l += 1;
        short s = short.MaxValue;
        s++;
        byte b = 255;
        b++;
        sbyte sb = -128;
        sb--;
        Console.WriteLine(i + " " + l + " " + s + " " + b + " " + sb);

        sbyte negByte = -5;
        short negShort = -300;
        byte highByte = 0xF0;
        ushort highUShort = 0xFFF0;
        char highChar = '\uFFFF';
        uint highUInt = 0xFFFFFFFF;
        Console.WriteLine((int)negByte + " " + (long)negShort + " " + (int)highByte + " " + (long)highUShort + " " + (int)highChar + " " + (long)highUInt);
        Console.WriteLine((uint)negByte + " " + (ulong)negShort + " " + (ulong)(long)negByte + " " + (byte)negShort + " " + (sbyte)highByte);

        uint u1 = 1, u2 = 0xFFFFFFFF;
        Console.WriteLine((u1 < u2) + " " + ((int)u1 < (int)u2) + " " + (u2 / 2) + " " + ((int)u2 / 2) + " " + (u2 % 10));
        ulong ul = ulong.MaxValue;
        Console.WriteLine((ul > 5) + " " + (ul / 3) + " " + ((long)ul / 3) + " " + (ul >> 60) + " " + ((long)ul >> 60));

        int x = 1;
        int shift33 = 33, shift32 = 32, shiftNeg = -1;
        long one = 1;
        int shift65 = 65, shift64 = 64;
        Console.WriteLine((x << shift33) + " " + (x << shift32) + " " + (x << shiftNeg) + " " + (one << shift65) + " " + (one << shift64) + " " + (one << 63));
        int neg = -16;
        Console.WriteLine((neg >> 2) + " " + (neg >>> 2) + " " + ((uint)neg >> 2) + " " + (neg >> 33) + " " + (-1L >>> 60) + " " + (-1L >> 60));
        byte small = 0x81;
        Console.WriteLine((small << 1) + " " + (byte)(small << 1) + " " + (small >> 1) + " " + ~small + " " + (byte)~small);
        short sh = -1;
        Console.WriteLine((sh >> 4) + " " + (ushort)sh + " " + ((ushort)sh >> 4) + " " + (sh & 0xFF) + " " + (sh ^ 0x0F0F));

        int a = 7, c = -7;
        Console.WriteLine(~a + " " + -a + " " + ~c + " " + -c + " " + (a & c) + " " + (a | c) + " " + (a ^ c));
        long mixed = a + u1;
        Console.WriteLine(mixed.GetType() == typeof(long));
        uint five = 5, six = 6;
        Console.WriteLine(a + u2 + " " + (a + (int)u2) + " " + (-1 + u1 - 1u) + " " + (five - six) + " " + (five - 6L));
        int count = 0;
        int value = count++ + ++count + count-- - --count;
        Console.WriteLine(value + " " + count);
        long acc = 1;
        for (int k = 0; k < 70; k++) acc = acc * 3 + k;
        Console.WriteLine(acc);
        int hash = 17;
        foreach (char ch in "overflowing hash") hash = hash * 31 + ch;
        Console.WriteLine(hash);
        long threeBillion = 3000000000L;
        int seventyThousand = 70000;
        Console.WriteLine((int)threeBillion + " " + (short)seventyThousand + " " + (int)(ul - 1));
    }
}
