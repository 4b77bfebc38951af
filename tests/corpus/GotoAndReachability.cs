// Covers: control flow — goto forward and backward (loops built from labels), goto out of nested
// loops, labeled break-out patterns, unreachable code after return/throw/infinite loops (the
// compiler must accept IL with dead blocks), while(true) with break, do-while, for with empty
// parts and comma-separated iterators, continue in nested loops, and switch inside loops.
using System;

static class GotoAndReachability
{
    static int Collatz(long n)
    {
        int steps = 0;
    top:
        if (n == 1) goto done;
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        steps++;
        goto top;
    done:
        return steps;
    }

    static (int, int) FindPair(int[,] grid, int target)
    {
        for (int r = 0; r < grid.GetLength(0); r++)
            for (int c = 0; c < grid.GetLength(1); c++)
                if (grid[r, c] == target) goto found;
        return (-1, -1);
    found:
        for (int r = 0; r < grid.GetLength(0); r++)
            for (int c = 0; c < grid.GetLength(1); c++)
                if (grid[r, c] == target) return (r, c);
        throw new InvalidOperationException("unreachable in practice");
    }

    static int AlwaysThrows(int x)
    {
        if (x > 0) throw new ArgumentException("positive");
        throw new ArgumentException("not positive");
    }

    static int Spin(int limit)
    {
        int i = 0;
        while (true)
        {
            if (++i >= limit) return i;
        }
    }

    static void Main()
    {
        for (int n = 1; n <= 10; n++) Console.Write(Collatz(n) + " ");
        Console.WriteLine(Collatz(837799));
        var grid = new int[4, 5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r, c] = r * 10 + c;
        Console.WriteLine(FindPair(grid, 23) + " " + FindPair(grid, 99));
        try { AlwaysThrows(1); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Spin(1000));

        int k = 10;
        do { k -= 3; } while (k > 0);
        Console.WriteLine(k);
        int a, b;
        for (a = 0, b = 10; a < b; a += 2, b--) { }
        Console.WriteLine(a + " " + b);
        int found = 0;
        for (int i = 0; i < 10; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                if (j > i) break;
                if ((i + j) % 3 != 0) continue;
                found++;
            }
        }
        Console.WriteLine(found);
        int x = 0;
        for (; ; )
        {
            switch (x % 4)
            {
                case 0: x += 3; continue;
                case 1: x += 4; break;
                case 3: x += 5; break;
                default: goto exit;
            }
            x++;
        }
    exit:
        Console.WriteLine("exit at " + x);
        int count = 0;
    again:
        count++;
        if (count < 5) goto again;
        Console.WriteLine(count);
    }
}
