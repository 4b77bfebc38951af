// Covers: local functions (static, capturing by reference into a struct closure, recursive,
// mutually recursive, generic, with out/ref parameters, declared after use), lambdas (expression
// and statement bodies, returning lambdas, capturing loop state, natural types with `var`,
// default parameter values in lambdas, discards), and passing both as delegates.
using System;
using System.Collections.Generic;

static class LocalFunctionsAndLambdas
{
    static void Main()
    {
        int counter = 0;
        void Increment(int by) => counter += by;
        Increment(3);
        Increment(4);
        Console.WriteLine(counter);

        static int Square(int x) => x * x;
        Console.WriteLine(Square(9));

        long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Console.WriteLine(Fib(30));

        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(7));

        T Pick<T>(T a, T b, bool first) => first ? a : b;
        Console.WriteLine(Pick("x", "y", false) + Pick(1, 2, true));

        bool TryHalf(int v, out int half)
        {
            half = v / 2;
            return v % 2 == 0;
        }
        Console.WriteLine(TryHalf(10, out int h1) + " " + h1 + " " + TryHalf(7, out int h2) + " " + h2);
        void Twice(ref int v) => v *= 2;
        int value = 21;
        Twice(ref value);
        Console.WriteLine(value + " " + Later(5));
        int Later(int x) => x + counter;

        Func<int, int> addCounter = x => x + counter;
        counter = 100;
        Console.WriteLine(addCounter(1));
        Func<int, Func<int, int>> multiplier = factor => x => x * factor;
        var triple = multiplier(3);
        Console.WriteLine(triple(14) + " " + multiplier(-1)(5));
        Func<int, int, int> statement = (a, b) =>
        {
            int r = 0;
            for (int i = 0; i < b; i++) r += a;
            return r;
        };
        Console.WriteLine(statement(6, 7));
        var natural = (int x, int y) => x - y;
        Console.WriteLine(natural(10, 3));
        var withDefault = (int x, int step = 10) => x + step;
        Console.WriteLine(withDefault(1) + " " + withDefault(1, 2));
        Func<int, int, int> ignoreSecond = (x, _) => x;
        Console.WriteLine(ignoreSecond(5, 99));

        var pipeline = new List<Func<int, int>> { x => x + 1, Square, x => x * 10, triple };
        int seed = 2;
        foreach (var step in pipeline) seed = step(seed);
        Console.WriteLine(seed);
        Action<int> report = Report;
        report(seed);
        void Report(int v) => Console.WriteLine("report " + v + " counter " + counter);
        Comparison<string> byLast = (a, b) => a[^1].CompareTo(b[^1]);
        var words = new List<string> { "cab", "abc", "bca" };
        words.Sort(byLast);
        Console.WriteLine(string.Join(" ", words));
    }
}
