// Covers: recursive backtracking — N-queens solution counts for n = 1..9 with bool arrays and
// with bitmasks (must agree), the first solution for n = 8 printed as a board, and a permutation
// generator counting derangements; deep recursion with many live locals.
using System;
using System.Text;

static class NQueens
{
    static int CountArrays(int n, int row, bool[] cols, bool[] diag1, bool[] diag2)
    {
        if (row == n) return 1;
        int total = 0;
        for (int c = 0; c < n; c++)
        {
            if (cols[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
            total += CountArrays(n, row + 1, cols, diag1, diag2);
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
        }
        return total;
    }

    static int CountBits(int n, int cols, int left, int right)
    {
        int full = (1 << n) - 1;
        if (cols == full) return 1;
        int total = 0;
        int free = full & ~(cols | left | right);
        while (free != 0)
        {
            int bit = free & -free;
            free -= bit;
            total += CountBits(n, cols | bit, (left | bit) << 1 & full, (right | bit) >> 1);
        }
        return total;
    }

    static bool FirstSolution(int n, int row, int[] placement)
    {
        if (row == n) return true;
        for (int c = 0; c < n; c++)
        {
            bool ok = true;
            for (int r = 0; r < row; r++)
                if (placement[r] == c || Math.Abs(placement[r] - c) == row - r) { ok = false; break; }
            if (!ok) continue;
            placement[row] = c;
            if (FirstSolution(n, row + 1, placement)) return true;
        }
        return false;
    }

    static int Derangements(int[] perm, int k)
    {
        if (k == perm.Length)
        {
            for (int i = 0; i < perm.Length; i++) if (perm[i] == i) return 0;
            return 1;
        }
        int count = 0;
        for (int i = k; i < perm.Length; i++)
        {
            (perm[k], perm[i]) = (perm[i], perm[k]);
            count += Derangements(perm, k + 1);
            (perm[k], perm[i]) = (perm[i], perm[k]);
        }
        return count;
    }

    static void Main()
    {
        for (int n = 1; n <= 9; n++)
        {
            int a = CountArrays(n, 0, new bool[n], new bool[2 * n], new bool[2 * n]);
            int b = CountBits(n, 0, 0, 0);
            Console.WriteLine(n + ": " + a + " " + (a == b ? "agree" : "DISAGREE " + b));
        }
        var placement = new int[8];
        FirstSolution(8, 0, placement);
        var board = new StringBuilder();
        foreach (int c in placement)
        {
            for (int i = 0; i < 8; i++) board.Append(i == c ? 'Q' : '.');
            board.Append('\n');
        }
        Console.Write(board.ToString());
        for (int n = 1; n <= 8; n++)
        {
            var perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            Console.Write(Derangements(perm, 0) + " ");
        }
        Console.WriteLine();
    }
}
