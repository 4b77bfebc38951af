// Covers: unsafe pointers — address-of locals, pointer arithmetic and comparison, pointer to
// struct with -> access, fixed on arrays, strings (NUL terminator readable) and fields of heap
// objects, void*/byte* casts, pointer indexing; ref locals (aliasing, ref reassignment), ref
// returns into arrays and fields (writes through the returned ref), ref readonly, ref to struct
// fields inside arrays, ref conditional expressions.
using System;

struct Vec { public int X, Y; }
class Holder { public int Field; public Vec V; }

static unsafe class PointersAndRefs
{
    static int[] store = { 1, 2, 3, 4 };

    static ref int Slot(int i) => ref store[i];
    static ref int Largest(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++) if (a[i] > a[best]) best = i;
        return ref a[best];
    }
    static ref readonly Vec Origin => ref origin;
    static readonly Vec origin = new Vec { X = 0, Y = 0 };
    static int Strlen(char* s) { int n = 0; while (s[n] != '\0') n++; return n; }

    static void Main()
    {
        int a = 10;
        int* pa = &a;
        *pa += 5;
        Console.WriteLine(a + " " + *pa + " " + (pa == &a));
        long big = 0x1122334455667788;
        byte* bytes = (byte*)&big;
        Console.WriteLine(bytes[0].ToString("X2") + " " + bytes[7].ToString("X2") + " " + *(int*)(bytes + 4));

        Vec v = new Vec { X = 3, Y = 4 };
        Vec* pv = &v;
        pv->X *= 10;
        (*pv).Y++;
        Console.WriteLine(v.X + " " + v.Y);

        int[] numbers = { 5, 6, 7, 8, 9 };
        fixed (int* p = numbers)
        {
            int* end = p + numbers.Length;
            int sum = 0;
            for (int* q = p; q < end; q++) sum += *q;
            Console.WriteLine(sum + " " + (end - p) + " " + *(p + 2) + " " + p[4]);
            p[0] = 50;
        }
        Console.WriteLine(numbers[0]);
        fixed (char* s = "pinned string")
            Console.WriteLine(Strlen(s) + " " + s[7]);
        var holder = new Holder();
        fixed (int* f = &holder.Field) *f = 77;
        Console.WriteLine(holder.Field);
        void* untyped = &a;
        Console.WriteLine(*(int*)untyped);

        ref int r = ref a;
        r = 100;
        Console.WriteLine(a);
        int b = 1;
        r = ref b;
        r = 200;
        Console.WriteLine(a + " " + b);

        Slot(2) = 30;
        Slot(0) += Slot(1);
        Console.WriteLine(string.Join(",", store));
        int[] data = { 3, 9, 4 };
        Largest(data) = -1;
        Largest(data) *= 2;
        Console.WriteLine(string.Join(",", data));
        ref readonly Vec o = ref Origin;
        Console.WriteLine(o.X + o.Y);

        Vec[] vecs = new Vec[2];
        ref Vec first = ref vecs[0];
        first.X = 11;
        ref int y = ref vecs[1].Y;
        y = 22;
        Console.WriteLine(vecs[0].X + " " + vecs[1].Y);
        ref Vec hv = ref holder.V;
        hv.Y = 5;
        Console.WriteLine(holder.V.Y);
        int left = 1, right = 2;
        bool pickLeft = false;
        ref int chosen = ref pickLeft ? ref left : ref right;
        chosen = 99;
        Console.WriteLine(left + " " + right);
    }
}
