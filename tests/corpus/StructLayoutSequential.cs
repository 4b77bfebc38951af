// Covers: struct layout (ECMA-335 II.10.7) — sequential structs with natural alignment and
// padding (byte/short/int/long/double mixes), trailing padding, nested structs, Pack = 1/2/4,
// Size = N (explicit minimum size), bool and char fields, empty struct size 1; sizes from sizeof
// and Unsafe.SizeOf, field offsets from pointer arithmetic. No pointer-sized fields, so the numbers
// are the same on 32- and 64-bit targets.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct ByteIntByte { public byte A; public int B; public byte C; }
struct ShortLong { public short A; public long B; }
struct Doubles { public byte Tag; public double Value; public float Half; }
struct Nested { public byte Before; public ShortLong Inner; public byte After; }
struct Flags { public bool Ready; public char Letter; public bool Done; public int Count; }
struct Empty { }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed1 { public byte A; public long B; public short C; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] struct Packed2 { public byte A; public long B; public byte C; }
[StructLayout(LayoutKind.Sequential, Pack = 4)] struct Packed4 { public byte A; public long B; public byte C; }
[StructLayout(LayoutKind.Sequential, Size = 32)] struct Sized { public int A; public byte B; }
[StructLayout(LayoutKind.Sequential, Size = 2)] struct TooSmall { public int A; }

static unsafe class StructLayoutSequential
{
    static long Offset(void* field, void* start) => (byte*)field - (byte*)start;

    static void Main()
    {
        Console.WriteLine("ByteIntByte " + sizeof(ByteIntByte) + " " + Unsafe.SizeOf<ByteIntByte>());
        ByteIntByte a = default;
        Console.WriteLine("  offsets " + Offset(&a.A, &a) + " " + Offset(&a.B, &a) + " " + Offset(&a.C, &a));
        ShortLong b = default;
        Console.WriteLine("ShortLong " + sizeof(ShortLong) + " offsets " + Offset(&b.A, &b) + " " + Offset(&b.B, &b));
        Doubles d = default;
        Console.WriteLine("Doubles " + sizeof(Doubles) + " offsets " + Offset(&d.Tag, &d) + " " + Offset(&d.Value, &d) + " " + Offset(&d.Half, &d));
        Nested n = default;
        Console.WriteLine("Nested " + sizeof(Nested) + " offsets " + Offset(&n.Before, &n) + " " + Offset(&n.Inner, &n) + " " + Offset(&n.Inner.B, &n) + " " + Offset(&n.After, &n));
        Flags f = default;
        Console.WriteLine("Flags " + sizeof(Flags) + " offsets " + Offset(&f.Ready, &f) + " " + Offset(&f.Letter, &f) + " " + Offset(&f.Done, &f) + " " + Offset(&f.Count, &f));
        Console.WriteLine("Empty " + sizeof(Empty));
        Packed1 p1 = default;
        Console.WriteLine("Packed1 " + sizeof(Packed1) + " offsets " + Offset(&p1.A, &p1) + " " + Offset(&p1.B, &p1) + " " + Offset(&p1.C, &p1));
        Packed2 p2 = default;
        Console.WriteLine("Packed2 " + sizeof(Packed2) + " offsets " + Offset(&p2.A, &p2) + " " + Offset(&p2.B, &p2) + " " + Offset(&p2.C, &p2));
        Packed4 p4 = default;
        Console.WriteLine("Packed4 " + sizeof(Packed4) + " offsets " + Offset(&p4.A, &p4) + " " + Offset(&p4.B, &p4) + " " + Offset(&p4.C, &p4));
        Console.WriteLine("Sized " + sizeof(Sized) + " TooSmall " + sizeof(TooSmall));

        ByteIntByte[] array = new ByteIntByte[3];
        fixed (ByteIntByte* first = array)
            Console.WriteLine("array stride " + Offset(&first[2], first) / 2);
        Packed1 value = new Packed1 { A = 1, B = 0x0807060504030201, C = 0x0B0A };
        byte* bytes = (byte*)&value;
        for (int i = 0; i < sizeof(Packed1); i++) Console.Write(bytes[i] + " ");
        Console.WriteLine();
        Packed1 copy = value;
        Console.WriteLine(copy.B.ToString("X") + " " + copy.C);
    }
}
