// Covers: `throw;` rethrowing the same object (identity preserved) vs `throw e;`, exceptions
// crossing many frames with a finally in each, catch-and-wrap with InnerException chains,
// exceptions escaping from a catch block of an inner try into an outer handler, deep recursion
// unwinding, and try/catch in loops executed many times (handler frames pushed/popped correctly).
using System;

class ChainException : Exception
{
    public ChainException(string message, Exception inner) : base(message, inner) { }
}

static class RethrowAndNesting
{
    static Exception firstSeen;

    static void Level(int n)
    {
        try
        {
            if (n == 0) throw new InvalidOperationException("deep");
            Level(n - 1);
        }
        finally
        {
            Console.Write("f" + n + " ");
        }
    }

    static void Rethrow()
    {
        try { Level(3); }
        catch (InvalidOperationException e)
        {
            firstSeen = e;
            Console.WriteLine("| rethrowing");
            throw;
        }
    }

    static void Wrap(int depth)
    {
        if (depth == 0) throw new FormatException("root cause");
        try { Wrap(depth - 1); }
        catch (Exception e) { throw new ChainException("level " + depth, e); }
    }

    static void Main()
    {
        try { Rethrow(); }
        catch (InvalidOperationException e) { Console.WriteLine("same object: " + ReferenceEquals(e, firstSeen) + " " + e.Message); }

        try
        {
            try { throw new NotSupportedException("x"); }
            catch (NotSupportedException e) { throw e; }
        }
        catch (NotSupportedException e) { Console.WriteLine("throw e keeps type: " + e.Message); }

        try { Wrap(3); }
        catch (ChainException e)
        {
            Exception current = e;
            while (current != null)
            {
                Console.WriteLine(current.Message + " (" + (current is ChainException ? "chain" : current is FormatException ? "format" : "?") + ")");
                current = current.InnerException;
            }
        }

        int caught = 0, finals = 0;
        for (int i = 0; i < 1000; i++)
        {
            try
            {
                try
                {
                    if (i % 3 == 0) throw new InvalidOperationException();
                    if (i % 3 == 1) throw new ArgumentException();
                }
                catch (InvalidOperationException) { caught++; }
                finally { finals++; }
            }
            catch (ArgumentException) { caught += 1000; }
        }
        Console.WriteLine(caught + " " + finals);

        try
        {
            try
            {
                try { throw new ArgumentException("a"); }
                catch (ArgumentException) { throw new InvalidOperationException("b"); }
            }
            catch (ArgumentException) { Console.WriteLine("wrong: inner catch re-entered"); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("escaped catch: " + e.Message); }

        Console.WriteLine("depth " + Unwind(0));
    }

    static int Unwind(int depth)
    {
        try
        {
            if (depth == 2222) throw new InvalidOperationException();
            return Unwind(depth + 1);
        }
        catch (InvalidOperationException) when (depth % 500 == 0)
        {
            return depth;
        }
    }
}
