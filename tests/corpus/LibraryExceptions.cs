// Covers: exception types thrown by library code and by user code — InvalidOperationException
// (empty Stack/Queue, Nullable.Value, collection modified), NotSupportedException (writing to a
// read-only collection view, user-thrown), KeyNotFoundException, FormatException (Parse, bad
// format item), NotImplementedException, custom exception hierarchies, Message and
// InnerException, exception objects as values (created without throwing).
using System;
using System.Collections.Generic;

class AppException : Exception
{
    public int Code { get; }
    public AppException(string message, int code, Exception inner = null) : base(message, inner) { Code = code; }
}
class DataException : AppException
{
    public DataException(string message) : base(message, 42) { }
}

static class LibraryExceptions
{
    static void Run(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (KeyNotFoundException) { Console.WriteLine(what + ": KeyNotFoundException"); }
        catch (InvalidOperationException) { Console.WriteLine(what + ": InvalidOperationException"); }
        catch (NotImplementedException) { Console.WriteLine(what + ": NotImplementedException"); }
        catch (NotSupportedException) { Console.WriteLine(what + ": NotSupportedException"); }
        catch (FormatException) { Console.WriteLine(what + ": FormatException"); }
        catch (AppException e) { Console.WriteLine(what + ": " + e.Message + " code " + e.Code + " data " + (e is DataException)); }
    }

    static void Main()
    {
        Run("stack pop", () => new Stack<int>().Pop());
        Run("queue peek", () => new Queue<string>().Peek());
        Run("nullable value", () => { int? n = null; Console.WriteLine(n.Value); });
        Run("dictionary get", () => Console.WriteLine(new Dictionary<string, int>()["missing"]));
        Run("read-only list", () => ((ICollection<int>)new int[3]).Add(1));
        Run("array as IList remove", () => ((IList<int>)new[] { 1 }).RemoveAt(0));
        Run("user NotSupported", () => throw new NotSupportedException("nope"));
        Run("not implemented", () => throw new NotImplementedException());
        Run("int.Parse", () => int.Parse("x1"));
        Run("bad format item", () => string.Format("{1}", 5));
        Run("bad format string", () => 5.ToString("Q"));
        Run("app exception", () => throw new AppException("app failed", 7));
        Run("data exception", () => throw new DataException("bad data"));
        Run("list enumerator", () =>
        {
            var list = new List<int> { 1, 2 };
            foreach (var x in list) list.Remove(x);
        });

        var inner = new FormatException("inner problem");
        var outer = new AppException("outer problem", 1, inner);
        Console.WriteLine(outer.Message + " / " + outer.InnerException.Message + " / " + (outer.InnerException is FormatException));
        Exception plain = new Exception();
        Console.WriteLine(plain.InnerException == null);
        Console.WriteLine(new InvalidOperationException("custom text").Message);
        try
        {
            try { throw new KeyNotFoundException("k"); }
            catch (Exception e) { throw new AppException("wrapped", 9, e); }
        }
        catch (AppException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException.Message + " " + (e.InnerException is KeyNotFoundException));
        }
    }
}
