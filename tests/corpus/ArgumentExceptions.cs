// Covers: ArgumentException, ArgumentNullException, ArgumentOutOfRangeException — thrown by user
// code with messages and ParamName, the ThrowIfNull/ThrowIfNegative helpers, catch ordering
// (derived before base: ArgumentNullException caught as ArgumentException), and thrown by library
// code (Substring, List indexer, Dictionary.Add, string.Insert with null).
using System;
using System.Collections.Generic;

static class ArgumentExceptions
{
    static int Validate(string name, int age)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new ArgumentException("empty name", nameof(name));
        if (age < 0 || age > 150) throw new ArgumentOutOfRangeException(nameof(age), "bad age");
        return name.Length + age;
    }

    static void Try(string name, int age)
    {
        try
        {
            Console.WriteLine("ok " + Validate(name, age));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.ParamName);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("range: " + e.ParamName);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("argument: " + e.ParamName + " " + (e.Message.StartsWith("empty name") ? "message kept" : e.Message));
        }
    }

    static void Main()
    {
        Try("ann", 30);
        Try(null, 30);
        Try("", 30);
        Try("bob", -1);
        Try("cy", 151);

        try { throw new ArgumentNullException("x"); }
        catch (ArgumentException e) { Console.WriteLine("as base: " + (e is ArgumentNullException) + " " + e.ParamName); }
        try { throw new ArgumentOutOfRangeException("y"); }
        catch (ArgumentException e) { Console.WriteLine("as base: " + (e is ArgumentOutOfRangeException) + " " + e.ParamName); }
        var custom = new ArgumentException("custom message");
        Console.WriteLine(custom.Message + " " + (custom.ParamName == null));

        try { "abc".Substring(2, 5); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("Substring: ArgumentOutOfRangeException"); }
        try { "abc".Substring(-1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("Substring(-1): ArgumentOutOfRangeException"); }
        try { "abc".Insert(1, null); }
        catch (ArgumentNullException) { Console.WriteLine("Insert(null): ArgumentNullException"); }
        try { new List<int>()[0] = 1; }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("List set: ArgumentOutOfRangeException"); }
        try { new List<int>(-1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("List(-1): ArgumentOutOfRangeException"); }
        try { new Dictionary<int, int> { { 1, 1 }, { 1, 2 } }; }
        catch (ArgumentException) { Console.WriteLine("duplicate key: ArgumentException"); }
        try { new int[2].AsSpan(3); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("AsSpan(3): ArgumentOutOfRangeException"); }
        try { ArgumentOutOfRangeException.ThrowIfNegative(-5); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ThrowIfNegative: ArgumentOutOfRangeException"); }
    }
}
