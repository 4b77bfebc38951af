// Covers: string literals — escapes (\t \n \r \0 \\ \" \' \x \u \U), unicode BMP and astral
// characters (surrogate pairs: Length counts UTF-16 units), verbatim and raw string literals,
// UTF-8 output of all of them, literal interning (same literal, same object), empty literal,
// char literals and their numeric values, const string concatenation folded at compile time.
using System;

static class StringLiterals
{
    const string Folded = "con" + "st";

    static void Dump(string s)
    {
        Console.Write(s.Length + ":");
        foreach (char c in s) Console.Write(" " + ((int)c).ToString("X4"));
        Console.WriteLine();
    }

    static void Main()
    {
        string escapes = "tab\tnewline\\n quote\" apostrophe\' backslash\\ nul[\0] hex\x41 u\u00e9";
        Console.WriteLine(escapes.Replace("\0", "<NUL>"));
        Dump("\t\n\r\0\\\"\'\x7F\u0080\u07FF\u0800\uFFFD");
        string astral = "\U0001F680 rocket \U00010348";
        Console.WriteLine(astral);
        Dump(astral);
        Console.WriteLine(char.IsHighSurrogate(astral[0]) + " " + char.IsLowSurrogate(astral[1]));
        Console.WriteLine("Grüße, 日本語, Ελληνικά, עברית, русский");
        Dump("ü日");
        string verbatim = @"C:\path\to ""quoted"" file
second line";
        Console.WriteLine(verbatim);
        string raw = """
            {
              "name": "rivet",
              "path": "C:\no\escapes"
            }
            """;
        Console.WriteLine(raw);
        Console.WriteLine(ReferenceEquals("shared literal", "shared literal") + " " + ReferenceEquals(Folded, "const") + " " + ("".Length == 0));
        char[] chars = { 'a', 'Z', '0', ' ', '\n', '\u00ff', '\u4e2d', '\'' };
        foreach (char c in chars) Console.Write((int)c + " ");
        Console.WriteLine();
        Console.WriteLine('a' + 1);
        Console.WriteLine((char)('a' + 1));
        Console.WriteLine("x" + 'y' + 'z');
        Console.WriteLine('y' + 'z' + "x");
    }
}
