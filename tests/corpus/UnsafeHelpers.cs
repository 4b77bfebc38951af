// Covers: System.Runtime.CompilerServices.Unsafe — SizeOf<T> of primitives and blittable structs,
// As<TFrom,TTo> reinterpretation of refs, As<T>(object), Add/Subtract on refs, ByteOffset, AreSame,
// IsAddressLessThan/GreaterThan, ReadUnaligned/WriteUnaligned at odd offsets, Read/Write via
// pointers, AsRef from a pointer, NullRef/IsNullRef, SkipInit, MemoryMarshal.GetArrayDataReference.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Triple { public byte A; public int B; public short C; }
struct Packed { public long L; public byte B; }

static unsafe class UnsafeHelpers
{
    static void Main()
    {
        Console.WriteLine(Unsafe.SizeOf<byte>() + " " + Unsafe.SizeOf<short>() + " " + Unsafe.SizeOf<int>() + " " + Unsafe.SizeOf<long>()
            + " " + Unsafe.SizeOf<double>() + " " + Unsafe.SizeOf<char>() + " " + Unsafe.SizeOf<bool>() + " " + Unsafe.SizeOf<Triple>() + " " + Unsafe.SizeOf<Packed>());

        float f = 1.0f;
        int bits = Unsafe.As<float, int>(ref f);
        Console.WriteLine(bits.ToString("X8"));
        Unsafe.As<float, int>(ref f) = 0x40490FDB;
        Console.WriteLine(f);

        object text = "as-string";
        string s = Unsafe.As<string>(text);
        Console.WriteLine(s.Length);

        int[] numbers = { 10, 20, 30, 40, 50 };
        ref int first = ref MemoryMarshal.GetArrayDataReference(numbers);
        ref int third = ref Unsafe.Add(ref first, 2);
        Console.WriteLine(third + " " + Unsafe.Subtract(ref third, 1) + " " + Unsafe.Add(ref first, 4));
        third = 300;
        Console.WriteLine(numbers[2] + " " + (long)Unsafe.ByteOffset(ref first, ref third) + " " + Unsafe.AreSame(ref third, ref numbers[2]) + " " + Unsafe.AreSame(ref first, ref third));
        Console.WriteLine(Unsafe.IsAddressLessThan(ref first, ref third) + " " + Unsafe.IsAddressGreaterThan(ref first, ref third));

        byte[] buffer = new byte[16];
        Unsafe.WriteUnaligned(ref buffer[1], 0x0102030405060708L);
        Unsafe.WriteUnaligned(ref buffer[11], 0xCAFEBABEu);
        Console.WriteLine(string.Join(" ", buffer));
        Console.WriteLine(Unsafe.ReadUnaligned<long>(ref buffer[1]).ToString("X") + " " + Unsafe.ReadUnaligned<uint>(ref buffer[11]).ToString("X") + " " + Unsafe.ReadUnaligned<short>(ref buffer[2]));

        long storage = 0;
        void* p = &storage;
        Unsafe.Write(p, 77L);
        Console.WriteLine(Unsafe.Read<long>(p) + " " + storage);
        ref long viaPointer = ref Unsafe.AsRef<long>(p);
        viaPointer++;
        Console.WriteLine(storage);

        ref int nothing = ref Unsafe.NullRef<int>();
        Console.WriteLine(Unsafe.IsNullRef(ref nothing) + " " + Unsafe.IsNullRef(ref first));
        Unsafe.SkipInit(out int skipped);
        skipped = 5;
        Console.WriteLine(skipped);
        Triple t = new Triple { A = 1, B = 2, C = 3 };
        ref byte raw = ref Unsafe.As<Triple, byte>(ref t);
        Console.WriteLine(raw + " " + Unsafe.Add(ref raw, 4) + " " + Unsafe.Add(ref raw, 8));
    }
}
