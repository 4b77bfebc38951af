// Covers: an unhandled exception thrown inside nested try/finally and try/catch(other type)
// blocks: exit status 134, stderr "Unhandled exception. System.DivideByZeroException: ", and the
// stdout written before the throw. CoreCLR (.NET 9+ exception handling) reports the exception
// after its first pass finds no handler and then still runs the finally blocks of every frame
// on the way out, innermost first, before the process aborts: both finally lines are printed.
using System;

static class UnhandledFromFinallyPath
{
    static int Divide(int a, int b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            Console.WriteLine("never: overflow");
            return 0;
        }
        finally
        {
            if (b == 0) Console.WriteLine("finally of the faulting frame");
        }
    }

    static void Main()
    {
        int[] divisors = { 5, 3, 1, 0, 2 };
        try
        {
            foreach (int d in divisors)
                Console.WriteLine("100 / " + d + " = " + Divide(100, d));
        }
        finally
        {
            Console.WriteLine("finally of Main");
        }
    }
}
