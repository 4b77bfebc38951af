// Covers: an unhandled exception ends the program with exit status 134 after the output printed
// so far; CoreCLR reports "Unhandled exception. System.InvalidOperationException: ..." on stderr.
// The exception escapes through a frame whose catch clause does not match.
using System;

static class UnhandledInvalidOperation
{
    static void Fail(int n)
    {
        try
        {
            if (n == 0) throw new InvalidOperationException("nothing handles this");
            Fail(n - 1);
        }
        catch (FormatException)
        {
            Console.WriteLine("never: wrong type");
        }
    }

    static void Main()
    {
        for (int i = 0; i < 3; i++) Console.WriteLine("working " + i);
        Fail(3);
        Console.WriteLine("never reached");
    }
}
