// Covers: string processing without LINQ — word reversal, run-length encoding and decoding,
// Caesar/ROT13, palindromes (ignoring non-letters), number to English words, Roman numerals
// both ways, word frequency with a Dictionary and manual sort, a text wrapper, and base
// conversion (binary/hex/base36) of longs.
using System;
using System.Collections.Generic;
using System.Text;

static class StringBuildingAlgorithms
{
    static string ReverseWords(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Reverse(words);
        return string.Join(" ", words);
    }

    static string RunLength(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(j - i).Append(s[i]);
            i = j;
        }
        return sb.ToString();
    }

    static string Expand(string s)
    {
        var sb = new StringBuilder();
        int n = 0;
        foreach (char c in s)
        {
            if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
            else { sb.Append(c, n); n = 0; }
        }
        return sb.ToString();
    }

    static string Caesar(string s, int shift)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') chars[i] = (char)('a' + (c - 'a' + shift + 26) % 26);
            else if (c >= 'A' && c <= 'Z') chars[i] = (char)('A' + (c - 'A' + shift + 26) % 26);
        }
        return new string(chars);
    }

    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (!char.IsLetter(s[i])) { i++; continue; }
            if (!char.IsLetter(s[j])) { j--; continue; }
            if ((s[i] | 0x20) != (s[j] | 0x20)) return false;
            i++; j--;
        }
        return true;
    }

    static readonly string[] Ones = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    static string Words(long n)
    {
        if (n < 0) return "minus " + Words(-n);
        if (n < 20) return Ones[n];
        if (n < 100) return Tens[n / 10] + (n % 10 != 0 ? "-" + Ones[n % 10] : "");
        if (n < 1000) return Ones[n / 100] + " hundred" + (n % 100 != 0 ? " and " + Words(n % 100) : "");
        string[] scales = { "thousand", "million", "billion" };
        long unit = 1000;
        int scale = 0;
        while (n / unit >= 1000) { unit *= 1000; scale++; }
        return Words(n / unit) + " " + scales[scale] + (n % unit != 0 ? " " + Words(n % unit) : "");
    }

    static string ToRoman(int n)
    {
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        string[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
            while (n >= values[i]) { sb.Append(symbols[i]); n -= values[i]; }
        return sb.ToString();
    }

    static int FromRoman(string s)
    {
        int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = Value(s[i]);
            total += i + 1 < s.Length && Value(s[i + 1]) > v ? -v : v;
        }
        return total;
    }

    static string ToBase(long value, int radix)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0) return "0";
        bool negative = value < 0;
        ulong v = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var sb = new StringBuilder();
        while (v > 0) { sb.Insert(0, Digits[(int)(v % (ulong)radix)]); v /= (ulong)radix; }
        return (negative ? "-" : "") + sb;
    }

    static void Main()
    {
        Console.WriteLine(ReverseWords("  the differential   corpus checks everything "));
        string rle = RunLength("aaabccddddde");
        Console.WriteLine(rle + " " + Expand(rle) + " " + Expand(RunLength("zzzzzzzzzzzzy")));
        string secret = Caesar("Hello, World!", 3);
        Console.WriteLine(secret + " " + Caesar(secret, -3) + " " + Caesar(Caesar("Rot Thirteen", 13), 13));
        foreach (var s in new[] { "A man, a plan, a canal: Panama", "rivet", "No 'x' in Nixon", "" })
            Console.Write(IsPalindrome(s) + " ");
        Console.WriteLine();
        foreach (long n in new long[] { 0, 13, 21, 100, 115, 999, 1000, 1001, 123456, 1000000, 2147483647, -45 })
            Console.WriteLine(n + ": " + Words(n));
        foreach (int n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 })
            Console.Write(ToRoman(n) + "=" + FromRoman(ToRoman(n)) + " ");
        Console.WriteLine();
        foreach (long v in new[] { 0L, 255L, -255L, long.MaxValue, long.MinValue })
            Console.WriteLine(ToBase(v, 2) + " " + ToBase(v, 16) + " " + ToBase(v, 36));

        var freq = new Dictionary<string, int>();
        foreach (var w in "it was the best of times it was the worst of times".Split(' '))
            freq[w] = freq.TryGetValue(w, out int c) ? c + 1 : 1;
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var kv in freq) entries.Add(kv);
        entries.Sort((a, b) => a.Value != b.Value ? b.Value - a.Value : string.CompareOrdinal(a.Key, b.Key));
        foreach (var kv in entries) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
    }
}
