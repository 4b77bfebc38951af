// Covers: String — Length, indexer, Concat (2/3/4 args, objects, null), Substring, IndexOf
// (char, string, start index, not found), Contains, StartsWith/EndsWith,
// empty-string edge cases, IndexOutOfRangeException from the indexer.
using System;

static class StringSearching
{
    static void Main()
    {
        string s = "Hello, differential world";
        Console.WriteLine(s.Length);
        Console.WriteLine(s[0]);
        Console.WriteLine(s[s.Length - 1]);
        Console.WriteLine((int)s[5]);
        Console.WriteLine("".Length);

        Console.WriteLine(string.Concat("ab", "cd"));
        Console.WriteLine(string.Concat("a", "b", "c"));
        Console.WriteLine(string.Concat("a", "b", "c", "d"));
        Console.WriteLine(string.Concat("x", null, "y"));
        Console.WriteLine("n=" + 5 + ',' + true + null + 1.5);
        string nothing = null;
        Console.WriteLine("[" + nothing + "]");
        Console.WriteLine((nothing + nothing).Length);

        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.Substring(7, 12));
        Console.WriteLine(s.Substring(0, 0).Length);
        Console.WriteLine(s.Substring(s.Length).Length);

        Console.WriteLine(s.IndexOf('o'));
        Console.WriteLine(s.IndexOf('o', 5));
        Console.WriteLine(s.IndexOf('z'));
        Console.WriteLine(s.IndexOf("world"));
        Console.WriteLine(s.IndexOf("World"));
        Console.WriteLine(s.IndexOf("l", 11));
        Console.WriteLine(s.IndexOf(""));

        Console.WriteLine(s.Contains("diff"));
        Console.WriteLine(s.Contains("Diff"));
        Console.WriteLine(s.Contains(','));
        Console.WriteLine(s.Contains(""));
        Console.WriteLine(s.StartsWith("Hello"));
        Console.WriteLine(s.StartsWith("hello"));
        Console.WriteLine(s.StartsWith('H'));
        Console.WriteLine(s.EndsWith("world"));
        Console.WriteLine(s.EndsWith("worl"));
        Console.WriteLine(s.EndsWith('d'));
        Console.WriteLine("".StartsWith(""));

        int count = 0;
        for (int i = 0; i < s.Length; i++)
            if (s[i] == 'l') count++;
        Console.WriteLine("l count " + count);
        int at = -1, hits = 0;
        while ((at = s.IndexOf('e', at + 1)) >= 0) { Console.Write(at + " "); hits++; }
        Console.WriteLine("hits " + hits);

        try { Console.WriteLine(s[s.Length]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRange at Length"); }
        try { Console.WriteLine(s[-1]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRange at -1"); }
        try { Console.WriteLine(s.Substring(30)); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRange from Substring"); }
    }
}
