// Covers: System.Text.StringBuilder — Append overloads (string, char, repeated char, int, long,
// double, bool, object, null, char[], substring range), AppendLine, AppendFormat, Insert, Remove,
// Replace (string and char), indexer get/set, Length (truncate and extend with '\0'), Clear,
// chaining, ToString of a range, growth across many appends, Capacity-free behaviour only.
using System;
using System.Text;

static class StringBuilderUse
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append('d').Append('-', 3).Append(42).Append(-7L).Append(2.5).Append(true).Append((object)null).Append((string)null);
        sb.Append(new[] { 'x', 'y' }).Append("0123456789", 2, 3);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.AppendLine();
        sb.AppendLine("next line");
        sb.AppendFormat("{0}+{1}={2}", 1, 2, 3);
        Console.WriteLine(sb);

        var edit = new StringBuilder("hello world");
        edit.Insert(0, ">> ").Insert(edit.Length, " <<").Insert(8, 123);
        Console.WriteLine(edit);
        edit.Remove(0, 3);
        Console.WriteLine(edit);
        edit.Replace("world", "there").Replace('l', 'L');
        Console.WriteLine(edit);
        edit[0] = 'J';
        Console.WriteLine(edit[0] + " " + edit[edit.Length - 1] + " " + edit);
        edit.Length = 5;
        Console.WriteLine("[" + edit + "]");
        edit.Length = 7;
        Console.WriteLine(edit.Length + " " + (int)edit[6]);
        Console.WriteLine(edit.ToString(1, 3));
        edit.Clear();
        Console.WriteLine(edit.Length + "[" + edit + "]");

        var big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString(1990, 10));
        var table = new StringBuilder();
        for (int row = 1; row <= 4; row++)
        {
            for (int col = 1; col <= 4; col++) table.Append($"{row * col,3}");
            table.AppendLine();
        }
        Console.Write(table.ToString());
        Console.WriteLine(new StringBuilder("x").Append('y', 0).Insert(1, "", 3).Length);
    }
}
