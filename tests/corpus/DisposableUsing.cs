// Covers: IDisposable — using statements (nested, multiple resources in reverse order), using
// declarations (disposed at end of scope in reverse order), Dispose on exception and on early
// return, null resources in using (no call), struct IDisposable (disposed without boxing the
// original: mutations inside Dispose do not leak out), explicit interface Dispose.
using System;

class Resource : IDisposable
{
    readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Use() => Console.WriteLine("use " + name);
    public void Dispose() => Console.WriteLine("dispose " + name);
}

struct Token : IDisposable
{
    public int Disposals;
    public void Dispose() { Disposals++; Console.WriteLine("token disposed, count " + Disposals); }
}

class Hidden : IDisposable
{
    void IDisposable.Dispose() => Console.WriteLine("explicit dispose");
}

static class DisposableUsing
{
    static int EarlyReturn()
    {
        using var r = new Resource("early");
        for (int i = 0; ; i++)
            if (i == 3) return i;
    }

    static void Main()
    {
        using (var a = new Resource("a"))
        using (var b = new Resource("b"))
        {
            a.Use();
            b.Use();
        }
        using (Resource c = new Resource("c"), d = new Resource("d"))
            Console.WriteLine("body c d");
        {
            using var e = new Resource("e");
            using var f = new Resource("f");
            Console.WriteLine("scope end next");
        }
        Console.WriteLine("returned " + EarlyReturn());
        try
        {
            using var g = new Resource("g");
            throw new InvalidOperationException();
        }
        catch (InvalidOperationException) { Console.WriteLine("caught after dispose"); }
        using (Resource none = null) Console.WriteLine("null resource body");

        var token = new Token();
        using (token) Console.WriteLine("in token using");
        Console.WriteLine("original disposals " + token.Disposals);
        using (var t2 = new Token()) { }
        using (new Hidden()) Console.WriteLine("hidden body");
        IDisposable boxed = new Token();
        boxed.Dispose();
        boxed.Dispose();
    }
}
