// Covers: String — == and != (content, not reference), Equals, GetHashCode agreement for equal
// strings built differently (hash values are never printed), CompareOrdinal signs,
// IsNullOrEmpty, string.Empty, literal interning, switch on string (hash-based).
using System;

static class StringEquality
{
    static int Sign(int v) => v < 0 ? -1 : v > 0 ? 1 : 0;

    static void Main()
    {
        string a = "rivet";
        string b = new string(new[] { 'r', 'i', 'v', 'e', 't' });
        string c = "ri" + "vet".ToString();
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals((object)c));
        Console.WriteLine(string.Equals(a, null));
        Console.WriteLine(string.Equals(null, null));
        Console.WriteLine((object)a == (object)b);
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a.GetHashCode() == c.GetHashCode());
        Console.WriteLine("".GetHashCode() == string.Empty.GetHashCode());

        Console.WriteLine(Sign(string.CompareOrdinal("a", "b")));
        Console.WriteLine(Sign(string.CompareOrdinal("b", "a")));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "abc")));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "ab")));
        Console.WriteLine(Sign(string.CompareOrdinal("B", "a")));
        Console.WriteLine(Sign(string.CompareOrdinal(null, "a")));
        Console.WriteLine(Sign(string.CompareOrdinal("a", null)));
        Console.WriteLine(Sign(string.CompareOrdinal("\u00e9", "z")));

        Console.WriteLine(string.IsNullOrEmpty(null));
        Console.WriteLine(string.IsNullOrEmpty(""));
        Console.WriteLine(string.IsNullOrEmpty(" "));
        Console.WriteLine(string.Empty.Length);
        Console.WriteLine(ReferenceEquals("literal", "literal"));

        string[] keys = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "unknown", "" };
        foreach (var k in keys)
            Console.WriteLine(k + " -> " + Classify(k));
    }

    // Eight cases and more: Roslyn compiles this to a hash-based switch.
    static int Classify(string s)
    {
        switch (s)
        {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            case "delta": return 4;
            case "epsilon": return 5;
            case "zeta": return 6;
            case "eta": return 7;
            case "theta": return 8;
            case "": return 0;
            default: return -1;
        }
    }
}
