// Covers: exception filters (`when`) — filters run during the first pass, before the finally
// blocks of inner frames (two-pass semantics); false filters let the search continue outward;
// filters see locals and the exception object; filters with side effects; a filter that throws
// is treated as false; several filtered clauses on one try; filters on rethrown exceptions.
using System;

class CodedException : Exception
{
    public int Code;
    public CodedException(int code) : base("code " + code) { Code = code; }
}

static class ExceptionFilters
{
    static bool Log(string message, bool result)
    {
        Console.WriteLine("  filter: " + message + " -> " + result);
        return result;
    }

    static void Thrower(int code)
    {
        try
        {
            throw new CodedException(code);
        }
        finally
        {
            Console.WriteLine("  inner finally (" + code + ")");
        }
    }

    static bool Explode(Exception e) => throw new InvalidOperationException("filter exploded");

    static void Main()
    {
        try { Thrower(1); }
        catch (CodedException e) when (Log("code == 1", e.Code == 1)) { Console.WriteLine("handled 1"); }

        try
        {
            try { Thrower(2); }
            catch (CodedException e) when (Log("inner wants 3", e.Code == 3)) { Console.WriteLine("wrong handler"); }
            finally { Console.WriteLine("  middle finally"); }
        }
        catch (CodedException e) when (Log("outer wants 2", e.Code == 2)) { Console.WriteLine("handled 2 outside"); }

        for (int code = 0; code < 4; code++)
        {
            try { throw new CodedException(code); }
            catch (CodedException e) when (e.Code == 0) { Console.WriteLine("zero"); }
            catch (CodedException e) when (e.Code % 2 == 1) { Console.WriteLine("odd " + e.Code); }
            catch (CodedException e) { Console.WriteLine("other " + e.Code); }
        }

        int threshold = 10;
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                throw new CodedException(attempts * 4);
            }
            catch (CodedException e) when (e.Code < threshold)
            {
                Console.WriteLine("retry after " + e.Code);
                continue;
            }
            catch (CodedException e)
            {
                Console.WriteLine("gave up at " + e.Code + " after " + attempts);
                break;
            }
        }

        try
        {
            try { throw new CodedException(5); }
            catch (CodedException e) when (Explode(e)) { Console.WriteLine("never"); }
        }
        catch (CodedException e) { Console.WriteLine("filter exception swallowed, outer got code " + e.Code); }
        catch (InvalidOperationException) { Console.WriteLine("filter exception escaped"); }

        try
        {
            try { throw new CodedException(6); }
            catch (CodedException e) when (Log("first sight", true))
            {
                e.Code = 60;
                throw;
            }
        }
        catch (CodedException e) when (Log("rethrown code " + e.Code, e.Code == 60)) { Console.WriteLine("rethrow filtered"); }
    }
}
