// Covers: jagged arrays — int[][] with rows of different lengths, null rows, array-of-arrays
// initializers, Pascal's triangle, swapping rows (reference semantics), char[][], ref to an
// element of an inner array, three-level jagged arrays, NullReferenceException from a null row.
using System;

static class JaggedArrays
{
    static void Main()
    {
        int[][] pascal = new int[10][];
        for (int i = 0; i < pascal.Length; i++)
        {
            pascal[i] = new int[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++)
                pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        foreach (int[] row in pascal)
        {
            string[] cells = new string[row.Length];
            for (int i = 0; i < row.Length; i++) cells[i] = row[i].ToString();
            Console.WriteLine(string.Join(" ", cells));
        }

        int[][] literal = { new[] { 1 }, new[] { 2, 3 }, new int[0], null };
        Console.WriteLine(literal.Length + " " + literal[1].Length + " " + literal[2].Length + " " + (literal[3] == null));
        (literal[0], literal[1]) = (literal[1], literal[0]);
        Console.WriteLine(literal[0][1] + " " + literal[1][0]);
        ref int slot = ref literal[0][0];
        slot = 42;
        Console.WriteLine(literal[0][0]);

        char[][] lines = { "abc".ToCharArray(), "de".ToCharArray() };
        lines[1][0] = 'D';
        Console.WriteLine(new string(lines[0]) + new string(lines[1]));

        int[][][] deep = new int[2][][];
        for (int i = 0; i < 2; i++)
        {
            deep[i] = new int[i + 2][];
            for (int j = 0; j < deep[i].Length; j++)
            {
                deep[i][j] = new int[j + 1];
                for (int k = 0; k <= j; k++) deep[i][j][k] = i * 100 + j * 10 + k;
            }
        }
        int total = 0;
        foreach (var plane in deep) foreach (var row in plane) foreach (var v in row) total += v;
        Console.WriteLine("deep total " + total + " " + deep[1][2][2]);

        try { Console.WriteLine(literal[3][0]); }
        catch (NullReferenceException) { Console.WriteLine("null row: NullReferenceException"); }
        try { Console.WriteLine(literal[2][0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("empty row: IndexOutOfRangeException"); }
    }
}
