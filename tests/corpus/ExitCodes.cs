// Covers: Main returning a nonzero exit status computed at run time (here 3 + the number of
// failed self-checks, which must be 0): int Main, returning from inside a loop and a
// try/finally (the finally runs before the status is returned).
using System;

static class ExitCodes
{
    static int failures;

    static void Expect(bool condition, string what)
    {
        Console.WriteLine((condition ? "pass " : "FAIL ") + what);
        if (!condition) failures++;
    }

    static int Main()
    {
        Expect(1 + 1 == 2, "arithmetic");
        Expect("ab".Length == 2, "string length");
        Expect((sbyte)-1 < 0, "signed byte");
        Expect(unchecked((uint)-1) > 0, "unsigned wrap");
        try
        {
            for (int i = 0; ; i++)
                if (i * i > 50) return 3 + failures + i - 8;
        }
        finally
        {
            Console.WriteLine("finally before exit, failures " + failures);
        }
    }
}
