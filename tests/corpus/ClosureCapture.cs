// Covers: closures — capturing locals (shared, mutable), parameters, `this`, per-iteration
// variables of for/foreach (C# 5+ foreach gives a fresh variable each iteration; a for loop's
// variable is shared), variables declared inside loop bodies, nested closures sharing outer scopes,
// closures that outlive their frame, static lambdas, capture in local functions.
using System;
using System.Collections.Generic;

class Greeter
{
    string name;
    public Greeter(string name) { this.name = name; }
    public Func<string> Greet() => () => "hi " + name;
    public void Rename(string n) => name = n;
}

static class ClosureCapture
{
    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static void Main()
    {
        int shared = 1;
        Action doubleIt = () => shared *= 2;
        Func<int> read = () => shared;
        doubleIt(); doubleIt();
        shared += 1;
        Console.WriteLine(read() + " " + shared);

        var forActions = new List<Func<int>>();
        for (int i = 0; i < 4; i++) forActions.Add(() => i);
        foreach (var f in forActions) Console.Write(f() + " ");
        Console.WriteLine();

        var foreachActions = new List<Func<int>>();
        foreach (int v in new[] { 10, 20, 30 }) foreachActions.Add(() => v);
        foreach (var f in foreachActions) Console.Write(f() + " ");
        Console.WriteLine();

        var bodyActions = new List<Func<int>>();
        for (int i = 0; i < 4; i++)
        {
            int copy = i * i;
            bodyActions.Add(() => copy);
        }
        foreach (var f in bodyActions) Console.Write(f() + " ");
        Console.WriteLine();

        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1() + " " + c2());

        int outer = 100;
        Func<int, Func<int>> nest = x =>
        {
            int middle = x * 2;
            return () => outer + middle + x;
        };
        var n1 = nest(1);
        outer = 200;
        Console.WriteLine(n1() + " " + nest(5)());

        var g = new Greeter("ann");
        var greet = g.Greet();
        g.Rename("bob");
        Console.WriteLine(greet());

        int total = 0;
        void AddToTotal(int v) => total += v;
        for (int i = 1; i <= 10; i++) AddToTotal(i);
        Console.WriteLine(total);

        Func<int, int> square = static x => x * x;
        Console.WriteLine(square(12));

        var handlers = new Action[3];
        string log = "";
        for (int i = 0; i < handlers.Length; i++)
        {
            int id = i;
            handlers[i] = () => log += id + ";";
        }
        handlers[2](); handlers[0](); handlers[1](); handlers[2]();
        Console.WriteLine(log);

        int a = 0;
        Func<int> sideEffect = () => a++;
        int r = sideEffect() + sideEffect() * 10 + a * 100;
        Console.WriteLine(r + " " + a);
    }
}
