// Covers: recursion — deep linear recursion (depth 10000), mutual recursion, Ackermann (small),
// tail-position recursion with accumulators, Towers of Hanoi move counting and listing,
// memoized recursion with a Dictionary, recursion over a tree of classes, recursion with
// struct parameters, and a recursive-descent expression parser/evaluator.
using System;
using System.Collections.Generic;

class Tree
{
    public int Value;
    public List<Tree> Children = new List<Tree>();
}

struct Range { public int Lo, Hi; }

static class RecursionPatterns
{
    static long SumTo(int n) => n == 0 ? 0 : n + SumTo(n - 1);
    static long SumAcc(int n, long acc) => n == 0 ? acc : SumAcc(n - 1, acc + n);
    static bool Even(int n) => n == 0 || Odd(n - 1);
    static bool Odd(int n) => n != 0 && Even(n - 1);
    static int Ackermann(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ackermann(m - 1, 1) : Ackermann(m - 1, Ackermann(m, n - 1));

    static int moves;
    static void Hanoi(int n, char from, char to, char via, List<string> log)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, log);
        moves++;
        if (log != null) log.Add(from + ">" + to);
        Hanoi(n - 1, via, to, from, log);
    }

    static readonly Dictionary<int, long> memo = new Dictionary<int, long>();
    static long Partitions(int n, int max)
    {
        if (n == 0) return 1;
        if (n < 0 || max == 0) return 0;
        int key = n * 1000 + max;
        if (memo.TryGetValue(key, out long cached)) return cached;
        long result = Partitions(n - max, max) + Partitions(n, max - 1);
        memo[key] = result;
        return result;
    }

    static Tree Build(int depth, int value)
    {
        var t = new Tree { Value = value };
        if (depth > 0)
            for (int i = 0; i < 3; i++) t.Children.Add(Build(depth - 1, value * 3 + i));
        return t;
    }

    static (int nodes, long sum, int height) Walk(Tree t)
    {
        int nodes = 1, height = 0;
        long sum = t.Value;
        foreach (var c in t.Children)
        {
            var (n, s, h) = Walk(c);
            nodes += n; sum += s; height = Math.Max(height, h + 1);
        }
        return (nodes, sum, height);
    }

    static int CountInRange(int[] sorted, Range r)
    {
        if (r.Lo > r.Hi) return 0;
        if (r.Lo == r.Hi) return sorted[r.Lo] % 2 == 0 ? 1 : 0;
        int mid = (r.Lo + r.Hi) / 2;
        return CountInRange(sorted, new Range { Lo = r.Lo, Hi = mid }) + CountInRange(sorted, new Range { Lo = mid + 1, Hi = r.Hi });
    }

    // expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*; factor := number | '(' expr ')' | '-' factor
    static int pos;
    static string src;
    static long Expr()
    {
        long v = Term();
        while (pos < src.Length && (src[pos] == '+' || src[pos] == '-'))
            v = src[pos++] == '+' ? v + Term() : v - Term();
        return v;
    }
    static long Term()
    {
        long v = Factor();
        while (pos < src.Length && (src[pos] == '*' || src[pos] == '/'))
            v = src[pos++] == '*' ? v * Factor() : v / Factor();
        return v;
    }
    static long Factor()
    {
        if (src[pos] == '(') { pos++; long v = Expr(); pos++; return v; }
        if (src[pos] == '-') { pos++; return -Factor(); }
        long n = 0;
        while (pos < src.Length && char.IsDigit(src[pos])) n = n * 10 + (src[pos++] - '0');
        return n;
    }
    static long Evaluate(string s) { src = s.Replace(" ", ""); pos = 0; return Expr(); }

    static void Main()
    {
        Console.WriteLine(SumTo(10000) + " " + SumAcc(10000, 0));
        Console.WriteLine(Even(5000) + " " + Odd(777));
        Console.WriteLine(Ackermann(2, 3) + " " + Ackermann(3, 3));
        var log = new List<string>();
        Hanoi(3, 'A', 'C', 'B', log);
        Console.WriteLine(moves + " " + string.Join(" ", log));
        moves = 0;
        Hanoi(16, 'A', 'C', 'B', null);
        Console.WriteLine(moves);
        Console.WriteLine(Partitions(10, 10) + " " + Partitions(100, 100) + " " + Partitions(200, 200));
        var (nodes, sum, height) = Walk(Build(6, 1));
        Console.WriteLine(nodes + " " + sum + " " + height);
        var data = new int[1000];
        for (int i = 0; i < data.Length; i++) data[i] = i * 7;
        Console.WriteLine(CountInRange(data, new Range { Lo = 0, Hi = data.Length - 1 }));
        foreach (var e in new[] { "1+2*3", "(1+2)*3", "-(4-10)*-2", "100/7/2", "2*(3+(4*(5-1)))-7" })
            Console.WriteLine(e + " = " + Evaluate(e));
    }
}
