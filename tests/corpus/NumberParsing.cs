// Covers: int/long/uint/byte/short/ulong/double/float Parse and TryParse — signs, surrounding
// whitespace, limits, overflow (OverflowException / TryParse false), malformed input
// (FormatException), exponent and special-value forms of floating-point input.
using System;

static class NumberParsing
{
    static void TryInt(string s)
    {
        bool ok = int.TryParse(s, out int v);
        Console.WriteLine("int.TryParse(\"" + s + "\") = " + ok + " " + v);
    }

    static void ParseInt(string s)
    {
        try { Console.WriteLine("int.Parse(\"" + s + "\") = " + int.Parse(s)); }
        catch (FormatException) { Console.WriteLine("int.Parse(\"" + s + "\") FormatException"); }
        catch (OverflowException) { Console.WriteLine("int.Parse(\"" + s + "\") OverflowException"); }
    }

    static void Main()
    {
        string[] inputs = { "0", "42", "-42", "+7", "  12  ", "2147483647", "-2147483648", "2147483648",
            "-2147483649", "", " ", "12a", "1.5", "--1", "0x10", "007", "99999999999999999999" };
        foreach (var s in inputs) TryInt(s);
        foreach (var s in inputs) ParseInt(s);

        Console.WriteLine(long.Parse("-9223372036854775808"));
        Console.WriteLine(long.TryParse("9223372036854775808", out long lv) + " " + lv);
        Console.WriteLine(ulong.Parse("18446744073709551615"));
        Console.WriteLine(uint.TryParse("-1", out uint uv) + " " + uv);
        Console.WriteLine(uint.Parse("4294967295"));
        Console.WriteLine(byte.TryParse("255", out byte b1) + " " + b1);
        Console.WriteLine(byte.TryParse("256", out byte b2) + " " + b2);
        Console.WriteLine(short.Parse("-32768"));
        Console.WriteLine(sbyte.TryParse("-129", out sbyte sb) + " " + sb);
        try { byte.Parse("300"); }
        catch (OverflowException) { Console.WriteLine("byte.Parse(300) OverflowException"); }

        string[] doubles = { "0", "1.5", "-2.25", "1e10", "1E-5", "  3.25  ", ".5", "5.", "-0", "NaN", "Infinity", "-Infinity",
            "1.7976931348623157E+308", "1e400", "4.9e-324", "0.1", "123456789.123456789", "abc", "1.2.3", "" };
        foreach (var s in doubles)
        {
            bool ok = double.TryParse(s, out double d);
            Console.WriteLine("double.TryParse(\"" + s + "\") = " + ok + " " + d);
        }
        Console.WriteLine(float.Parse("3.4028235E+38"));
        Console.WriteLine(float.Parse("0.1") == 0.1f);
        Console.WriteLine(float.TryParse("1e39", out float f) + " " + f);
        try { double.Parse("twelve"); }
        catch (FormatException) { Console.WriteLine("double.Parse FormatException"); }

        int total = 0;
        foreach (var part in "10,20,30,-5".Split(','))
            total += int.Parse(part);
        Console.WriteLine("sum " + total);
    }
}
