// Covers: String — Replace (char and string, removal, no match), Split (char, several separators,
// RemoveEmptyEntries, count), Trim/TrimStart/TrimEnd (whitespace and given chars), Join (array,
// separator string and char, empty), ToUpper/ToLower on ASCII, Insert, new string(char, count), ToCharArray and new string(char[]).
using System;

static class StringTransforms
{
    static void Show(string[] parts)
    {
        Console.Write(parts.Length + ":");
        foreach (var p in parts) Console.Write(" [" + p + "]");
        Console.WriteLine();
    }

    static void Main()
    {
        string s = "the quick brown fox jumps over the lazy dog";
        Console.WriteLine(s.Replace('o', '0'));
        Console.WriteLine(s.Replace("the", "THE"));
        Console.WriteLine(s.Replace("the ", ""));
        Console.WriteLine(s.Replace("cat", "dog") == s);
        Console.WriteLine("aaaa".Replace("aa", "b"));

        Show("a,b,,c".Split(','));
        Show("a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("one two;three four".Split(new[] { ' ', ';' }));
        Show(",".Split(','));
        Show("".Split(','));
        Show("a b c d".Split(' ', 2));
        Show(s.Split(' '));

        Console.WriteLine("[" + "  padded\t\n ".Trim() + "]");
        Console.WriteLine("[" + "  padded  ".TrimStart() + "]");
        Console.WriteLine("[" + "  padded  ".TrimEnd() + "]");
        Console.WriteLine("[" + "xxhixx".Trim('x') + "]");
        Console.WriteLine("[" + "   ".Trim() + "]");

        Console.WriteLine(string.Join(", ", new[] { "a", "b", "c" }));
        Console.WriteLine(string.Join('-', new[] { "x", "y" }));
        Console.WriteLine("[" + string.Join(",", new string[0]) + "]");
        Console.WriteLine(string.Join("|", new[] { "only" }));
        Console.WriteLine(string.Join("+", new[] { "a", null, "c" }));

        Console.WriteLine("Hello World 123!".ToUpper());
        Console.WriteLine("Hello World 123!".ToLower());
        Console.WriteLine("MiXeD".ToUpper() + "MiXeD".ToLower() + "".ToUpper().Length);

        Console.WriteLine("abcdef".Insert(3, "---"));
        Console.WriteLine("abcdef".Insert(0, ">"));
        Console.WriteLine("abcdef".Insert(6, "<"));
        Console.WriteLine(new string('*', 10));
        char[] chars = "reverse me".ToCharArray();
        Array.Reverse(chars);
        Console.WriteLine(new string(chars));
        Console.WriteLine(new string(chars, 2, 3));
    }
}
