// Covers: managed function pointers — delegate*<int,int> from static methods, calling through
// them, arrays/tables of function pointers (dispatch table), passing them as arguments,
// pointers to generic method instantiations, void-returning and multi-argument signatures,
// null comparison, struct arguments and returns.
using System;

struct Pair { public int A, B; }

static unsafe class FunctionPointers
{
    static int Twice(int x) => x * 2;
    static int Square(int x) => x * x;
    static int Negate(int x) => -x;
    static long Combine(int a, long b, short c) => a * 1000000L + b * 1000 + c;
    static T Pick<T>(T a, T b, bool first) => first ? a : b;
    static Pair Swap(Pair p) => new Pair { A = p.B, B = p.A };
    static int counter;
    static void Bump(int by) => counter += by;

    static int ApplyTwice(delegate*<int, int> f, int x) => f(f(x));

    static void Main()
    {
        delegate*<int, int> f = &Twice;
        Console.WriteLine(f(21) + " " + ApplyTwice(&Square, 3) + " " + ApplyTwice(&Negate, 5));

        delegate*<int, int>[] table = { &Twice, &Square, &Negate };
        int v = 3;
        for (int i = 0; i < 6; i++)
        {
            v = table[i % 3](v);
            Console.Write(v + " ");
        }
        Console.WriteLine();

        delegate*<int, long, short, long> combine = &Combine;
        Console.WriteLine(combine(7, 123, 45));
        delegate*<string, string, bool, string> pickString = &Pick<string>;
        delegate*<double, double, bool, double> pickDouble = &Pick<double>;
        Console.WriteLine(pickString("a", "b", false) + " " + pickDouble(1.5, 2.5, true));
        delegate*<Pair, Pair> swap = &Swap;
        Pair p = swap(new Pair { A = 1, B = 2 });
        Console.WriteLine(p.A + " " + p.B);
        delegate*<int, void> bump = &Bump;
        for (int i = 1; i <= 4; i++) bump(i);
        Console.WriteLine(counter);
        Console.WriteLine(f != null);
    }
}
