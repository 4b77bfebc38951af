// Covers: char as a 16-bit unsigned integer — arithmetic promoting to int, increments, casts
// from negative ints (wrap), comparisons, char.IsDigit/IsLetter/IsWhiteSpace/IsUpper/IsLower on
// ASCII, ToUpperInvariant/ToLowerInvariant on ASCII letters, char.ToString, char.MaxValue,
// char in switch, digit parsing by subtraction, and building strings from computed chars.
using System;
using System.Text;

static class CharOperations
{
    static void Main()
    {
        char c = 'A';
        c++;
        c += (char)2;
        Console.WriteLine(c + " " + (int)c + " " + (c + 1) + " " + (char)(c + 1) + " " + ('z' - 'a'));
        int minusOne = -1;
        Console.WriteLine((int)(char)minusOne + " " + (int)char.MaxValue + " " + (int)char.MinValue + " " + (char.MaxValue > 'a'));
        char max = char.MaxValue;
        max++;
        Console.WriteLine((int)max);

        string sample = "Ab1 \t_Z9\n";
        foreach (char ch in sample)
            Console.Write((int)ch + ":" + (char.IsDigit(ch) ? "d" : "") + (char.IsLetter(ch) ? "l" : "") + (char.IsWhiteSpace(ch) ? "w" : "")
                + (char.IsUpper(ch) ? "U" : "") + (char.IsLower(ch) ? "L" : "") + (char.IsLetterOrDigit(ch) ? "a" : "") + " ");
        Console.WriteLine();
        Console.WriteLine(char.ToUpperInvariant('q') + "" + char.ToLowerInvariant('Q') + char.ToUpperInvariant('5') + 'x'.ToString());

        var sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch += (char)5) sb.Append(ch);
        Console.WriteLine(sb.ToString());
        int number = 0;
        foreach (char digit in "90210") number = number * 10 + (digit - '0');
        Console.WriteLine(number + 1);
        char[] alphabet = new char[26];
        for (int i = 0; i < 26; i++) alphabet[i] = (char)('Z' - i);
        Console.WriteLine(new string(alphabet));
        Console.WriteLine(('a' < 'b') + " " + ('a' == 97) + " " + ('\u00e9' > 'z') + " " + (char)0x263A);
        ushort asUShort = 'A';
        char allOnes = '\uFFFF';
        short asShort = (short)allOnes;
        Console.WriteLine(asUShort + " " + asShort);
        Console.WriteLine(char.IsSurrogate('\uD800') + " " + char.IsHighSurrogate('\uDC00') + " " + char.IsLowSurrogate('\uDC00'));
    }
}
