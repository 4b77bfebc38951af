// Covers: LayoutKind.Explicit — overlapping fields (unions): reading an int through a float
// field, bytes of an int (little-endian on every Rivet target), a long split into two ints,
// Size on an explicit struct, gaps between fields, nested explicit structs, explicit layout
// with a field at an unaligned offset (Pack=1), and zero-initialization of the whole union.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct FloatBits
{
    [FieldOffset(0)] public float Float;
    [FieldOffset(0)] public int Int;
    [FieldOffset(0)] public byte Byte0;
    [FieldOffset(3)] public byte Byte3;
}

[StructLayout(LayoutKind.Explicit)]
struct Halves
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public uint Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(0)] public double AsDouble;
}

[StructLayout(LayoutKind.Explicit, Size = 24)]
struct Sparse
{
    [FieldOffset(2)] public short A;
    [FieldOffset(8)] public long B;
    [FieldOffset(20)] public byte C;
}

[StructLayout(LayoutKind.Explicit, Pack = 1)]
struct Unaligned
{
    [FieldOffset(0)] public byte Tag;
    [FieldOffset(1)] public int Value;
    [FieldOffset(5)] public short Extra;
}

[StructLayout(LayoutKind.Explicit)]
struct Outer
{
    [FieldOffset(0)] public Halves H;
    [FieldOffset(4)] public FloatBits F;
}

static unsafe class StructLayoutExplicit
{
    static void Main()
    {
        var fb = new FloatBits { Float = 1.0f };
        Console.WriteLine(fb.Int.ToString("X8") + " " + fb.Byte0 + " " + fb.Byte3);
        fb.Int = 0x40400000;
        Console.WriteLine(fb.Float);
        fb.Byte3 = 0xC0;
        Console.WriteLine(fb.Float + " " + sizeof(FloatBits));

        var h = new Halves { Whole = 0x1122334455667788 };
        Console.WriteLine(h.Low.ToString("X") + " " + h.High.ToString("X") + " " + sizeof(Halves));
        h.High = -1;
        Console.WriteLine(h.Whole.ToString("X16") + " " + h.Whole);
        h.AsDouble = 1.0;
        Console.WriteLine(h.Whole.ToString("X16") + " " + h.High.ToString("X"));

        var s = new Sparse { A = 7, B = 8, C = 9 };
        byte* p = (byte*)&s;
        Console.WriteLine(sizeof(Sparse) + " " + p[2] + " " + p[8] + " " + p[20] + " " + p[0] + " " + p[23]);

        var u = new Unaligned { Tag = 1, Value = 0x05040302, Extra = 0x0706 };
        byte* q = (byte*)&u;
        for (int i = 0; i < sizeof(Unaligned); i++) Console.Write(q[i] + " ");
        Console.WriteLine(sizeof(Unaligned));

        var o = new Outer();
        o.F.Float = -2.0f;
        Console.WriteLine(o.H.High.ToString("X8") + " " + o.H.Low + " " + sizeof(Outer));
        Outer zero = default;
        Console.WriteLine(zero.H.Whole + " " + zero.F.Int);
    }
}
