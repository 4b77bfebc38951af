// Covers: Enum — ToString of defined names, undefined values (printed as numbers), negative
// values, non-int underlying types, [Flags] combinations ("A, B"), zero flags, unknown bits,
// HasFlag, casts between enums and integers, enum comparison and arithmetic, Enum in interpolation.
using System;

enum Color { Red, Green, Blue = 5, Purple = -3 }
enum Small : byte { Zero = 0, One = 1, Max = 255 }
enum Big : long { Low = -1, High = 1L << 40 }

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

[Flags]
enum Bits : ushort { A = 1, B = 2, C = 8 }

static class EnumFormatting
{
    static void Main()
    {
        Console.WriteLine(Color.Red);
        Console.WriteLine(Color.Blue.ToString());
        Console.WriteLine(Color.Purple);
        Console.WriteLine((Color)1);
        Console.WriteLine((Color)2);
        Console.WriteLine((Color)(-7));
        Console.WriteLine((int)Color.Blue);
        Console.WriteLine(Small.Max);
        Console.WriteLine((Small)7);
        Console.WriteLine((byte)Small.Max + 1);
        Console.WriteLine(Big.High);
        Console.WriteLine(Big.Low);
        Console.WriteLine((long)Big.High);

        Console.WriteLine(Access.None);
        Console.WriteLine(Access.Read);
        Console.WriteLine(Access.Read | Access.Write);
        Console.WriteLine(Access.Read | Access.Execute);
        Console.WriteLine(Access.All);
        Console.WriteLine(Access.Write | Access.Execute);
        Console.WriteLine((Access)8);
        Console.WriteLine((Access)9);
        Console.WriteLine(Bits.A | Bits.C);
        Console.WriteLine((Bits)0);
        Console.WriteLine((Bits)16);

        Access a = Access.ReadWrite;
        Console.WriteLine(a.HasFlag(Access.Read));
        Console.WriteLine(a.HasFlag(Access.Execute));
        Console.WriteLine(a.HasFlag(Access.None));
        Console.WriteLine(a.HasFlag(Access.ReadWrite));
        a |= Access.Execute;
        Console.WriteLine(a);
        a &= ~Access.Write;
        Console.WriteLine(a);
        Console.WriteLine((a & Access.Write) == 0);

        Color c = Color.Green;
        c++;
        Console.WriteLine(c);
        Console.WriteLine(Color.Blue > Color.Green);
        Console.WriteLine(Color.Purple < Color.Red);
        Console.WriteLine($"[{Color.Blue}] [{Access.Read | Access.Write}] [{(Color)99}]");
        object boxed = Color.Blue;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.Equals(Color.Blue));
        Console.WriteLine(boxed.Equals(5));
        Console.WriteLine(Color.Blue.Equals(Color.Blue));
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) < 0);
    }
}
