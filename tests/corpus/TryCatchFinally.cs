// Covers: try/catch/finally — catch by exact type and by base type, first matching clause wins,
// finally on normal exit, on exception, on return (return value computed before finally runs;
// finally's changes to the local do not alter it), on break/continue in loops, nested try blocks
// with finally ordering, exceptions thrown from catch and from finally (replacing the first),
// catch (Exception) catching runtime faults, locals modified in try visible in catch/finally.
using System;

static class TryCatchFinally
{
    static string log = "";

    static int ReturnWithFinally()
    {
        int x = 1;
        try { return x; }
        finally { x = 100; log += "[finally x=" + x + "]"; }
    }

    static int ReturnFromFinallyPath(bool fail)
    {
        try
        {
            if (fail) throw new InvalidOperationException();
            return 1;
        }
        catch (InvalidOperationException) { return 2; }
        finally { log += "[f" + fail + "]"; }
    }

    static void Nested()
    {
        try
        {
            try
            {
                log += "a";
                throw new ArgumentException("inner");
            }
            finally { log += "b"; }
        }
        catch (ArgumentException) { log += "c"; }
        finally { log += "d"; }
    }

    static void FinallyReplaces()
    {
        try
        {
            try { throw new InvalidOperationException("first"); }
            finally { throw new NotSupportedException("second"); }
        }
        catch (InvalidOperationException) { Console.WriteLine("caught first"); }
        catch (NotSupportedException e) { Console.WriteLine("caught " + e.Message); }
    }

    static void Main()
    {
        Console.WriteLine(ReturnWithFinally() + " " + log);
        log = "";
        Console.WriteLine(ReturnFromFinallyPath(false) + " " + ReturnFromFinallyPath(true) + " " + log);
        log = "";
        Nested();
        Console.WriteLine(log);

        try { throw new ArgumentNullException("p"); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("wrong"); }
        catch (ArgumentException e) { Console.WriteLine("base clause got " + (e is ArgumentNullException)); }
        catch (Exception) { Console.WriteLine("too general"); }

        log = "";
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                log += "body" + i + " ";
            }
            finally { log += "fin" + i + " "; }
        }
        Console.WriteLine(log);

        FinallyReplaces();
        try
        {
            try { throw new FormatException("original"); }
            catch (FormatException) { throw new InvalidOperationException("from catch"); }
            finally { Console.WriteLine("finally after catch threw"); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("outer got " + e.Message); }

        int counter = 0;
        try
        {
            counter = 5;
            int[] arr = new int[2];
            counter = arr[counter];
        }
        catch (Exception e) when (e is IndexOutOfRangeException) { Console.WriteLine("counter in catch " + counter); }
        finally { counter++; }
        Console.WriteLine("counter after " + counter);

        int depth = 0;
        try { Recurse(ref depth); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " depth " + depth); }
        string s = null;
        try { Console.WriteLine(s.Length); }
        catch (Exception e) { Console.WriteLine("general clause caught " + (e is NullReferenceException)); }
    }

    static void Recurse(ref int depth)
    {
        try
        {
            depth++;
            if (depth == 5) throw new InvalidOperationException("bottom");
            Recurse(ref depth);
        }
        finally { Console.Write("unwind" + depth + " "); depth--; }
    }
}
