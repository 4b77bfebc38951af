// Covers: multi-dimensional arrays — int[,], double[,,], string[,], struct[,]: Rank, Length,
// GetLength, GetLowerBound, element get/set/address (ref to an element), row-major traversal,
// foreach order, Clone, IndexOutOfRangeException per dimension, matrix multiply.
using System;

struct Cell { public int Row, Col; }

static class MultiDimArrays
{
    static void Main()
    {
        int[,] grid = new int[3, 4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                grid[r, c] = r * 10 + c;
        Console.WriteLine(grid.Rank + " " + grid.Length + " " + grid.GetLength(0) + " " + grid.GetLength(1) + " " + grid.GetLowerBound(1));
        foreach (int v in grid) Console.Write(v + " ");
        Console.WriteLine();
        ref int corner = ref grid[2, 3];
        corner += 1000;
        Console.WriteLine(grid[2, 3]);
        grid[1, 1]++;
        grid[0, 0] += grid[1, 1];
        Console.WriteLine(grid[0, 0] + " " + grid[1, 1]);

        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] m2 = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        int[,] product = new int[2, 2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 3; k++)
                    product[i, j] += init[i, k] * m2[k, j];
        Console.WriteLine(product[0, 0] + " " + product[0, 1] + " " + product[1, 0] + " " + product[1, 1]);

        double[,,] cube = new double[2, 3, 4];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++)
                    cube[i, j, k] = i + j * 0.5 + k * 0.25;
        double sum = 0;
        foreach (double v in cube) sum += v;
        Console.WriteLine(cube.Rank + " " + cube.Length + " " + cube.GetLength(2) + " " + sum + " " + cube[1, 2, 3]);

        string[,] names = new string[2, 2];
        names[0, 1] = "zero-one";
        names[1, 0] = "one-zero";
        Console.WriteLine((names[0, 0] == null) + " " + names[0, 1] + " " + names[1, 0]);

        Cell[,] cells = new Cell[2, 3];
        cells[1, 2].Row = 1;
        cells[1, 2].Col = 2;
        Cell copy = cells[1, 2];
        copy.Row = 99;
        Console.WriteLine(cells[1, 2].Row + " " + cells[1, 2].Col + " " + copy.Row);

        int[,] cloned = (int[,])init.Clone();
        cloned[0, 0] = -1;
        Console.WriteLine(init[0, 0] + " " + cloned[0, 0] + " " + cloned.GetLength(0));

        try { Console.WriteLine(grid[3, 0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("first dimension out of range"); }
        try { Console.WriteLine(grid[0, 4]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("second dimension out of range"); }
        try { Console.WriteLine(grid[-1, 0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("negative index out of range"); }
        long[,] empty = new long[0, 5];
        Console.WriteLine(empty.Length + " " + empty.GetLength(1));
    }
}
