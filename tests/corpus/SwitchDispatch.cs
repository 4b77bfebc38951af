// Covers: switch statements compiled to jump tables and compare chains — dense int cases
// (switch IL opcode), sparse cases, negative and large case values, long and char switches,
// enum switches, fall-through via goto case and goto default, switch on strings with few
// (compare chain) and many (hash) cases incl. null, and switch expressions over enums.
using System;

enum Op { Add, Sub, Mul, Div, Mod, Pow }

static class SwitchDispatch
{
    static string Dense(int v)
    {
        switch (v)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "many";
        }
    }

    static int Sparse(int v)
    {
        switch (v)
        {
            case -1000000: return 1;
            case -1: return 2;
            case 7: return 3;
            case 1000: return 4;
            case int.MaxValue: return 5;
            case int.MinValue: return 6;
            default: return 0;
        }
    }

    static string LongSwitch(long v) => v switch
    {
        0L => "zero",
        1L << 40 => "2^40",
        long.MinValue => "min",
        -1L => "minus one",
        _ => "other",
    };

    static int CharClass(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case ' ': return 2;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 3;
            default: return 0;
        }
    }

    static int Apply(Op op, int a, int b) => op switch
    {
        Op.Add => a + b,
        Op.Sub => a - b,
        Op.Mul => a * b,
        Op.Div => a / b,
        Op.Mod => a % b,
        _ => -1,
    };

    static string GotoCase(int v)
    {
        string s = "";
        switch (v)
        {
            case 3:
                s += "three>";
                goto case 2;
            case 2:
                s += "two>";
                goto case 1;
            case 1:
                s += "one";
                break;
            case 10:
                s += "ten>";
                goto default;
            default:
                s += "default";
                break;
        }
        return s;
    }

    static int Keyword(string word)
    {
        switch (word)
        {
            case "if": return 1;
            case "else": return 2;
            case "while": return 3;
            case "for": return 4;
            case "foreach": return 5;
            case "switch": return 6;
            case "case": return 7;
            case "default": return 8;
            case "return": return 9;
            case "break": return 10;
            case null: return -2;
            default: return -1;
        }
    }

    static string Small(string s) => s switch { "yes" => "Y", "no" => "N", _ => "?" };

    static void Main()
    {
        for (int i = -1; i <= 8; i++) Console.Write(Dense(i) + " ");
        Console.WriteLine();
        foreach (int v in new[] { -1000000, -1, 7, 1000, int.MaxValue, int.MinValue, 8, 0 }) Console.Write(Sparse(v));
        Console.WriteLine();
        foreach (long v in new[] { 0L, 1L << 40, long.MinValue, -1L, 5L }) Console.Write(LongSwitch(v) + " ");
        Console.WriteLine();
        int[] classes = new int[4];
        foreach (char c in "the quick brown fox 1984") classes[CharClass(c)]++;
        Console.WriteLine(string.Join(",", classes));
        foreach (Op op in new[] { Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.Pow }) Console.Write(Apply(op, 17, 5) + " ");
        Console.WriteLine();
        foreach (int v in new[] { 1, 2, 3, 10, 42 }) Console.Write(GotoCase(v) + " | ");
        Console.WriteLine();
        foreach (string w in new[] { "if", "else", "while", "for", "foreach", "switch", "case", "default", "return", "break", "goto", null, "", "IF" })
            Console.Write(Keyword(w) + " ");
        Console.WriteLine();
        Console.WriteLine(Small("yes") + Small("no") + Small("maybe") + Small(null));
    }
}
