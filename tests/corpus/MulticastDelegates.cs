// Covers: multicast delegates — Delegate.Combine/Remove and +=/-=, invocation order, the return
// value of the last invocation, removing the last occurrence of a duplicate, removing a sub-list,
// removing a missing delegate (no change), removing everything (null), equality of delegates
// with same target/method, exceptions stopping the chain.
using System;

static class MulticastDelegates
{
    static string log = "";
    static void A() => log += "A";
    static void B() => log += "B";
    static void C() => log += "C";
    static int One() { log += "1"; return 1; }
    static int Two() { log += "2"; return 2; }

    static string Run(Action action)
    {
        log = "";
        action?.Invoke();
        return action == null ? "(null)" : log;
    }

    static void Main()
    {
        Action a = A, b = B, c = C;
        Action abc = a + b + c;
        Console.WriteLine(Run(abc));
        Console.WriteLine(Run((Action)Delegate.Combine(c, b, a)));
        Console.WriteLine(Run(abc - b));
        Console.WriteLine(Run(abc - a - c));
        Console.WriteLine(Run(abc - (a + b)));
        Console.WriteLine(Run(abc - (a + c)));
        Console.WriteLine(Run(abc - abc));
        Action aba = a + b + a;
        Console.WriteLine(Run(aba - a));
        Console.WriteLine(Run((Action)Delegate.Remove(aba, a)));
        Console.WriteLine(Run(abc - (Action)(() => log += "X")));
        Console.WriteLine(Run(null + a));
        Action acc = null;
        for (int i = 0; i < 5; i++) acc += (i % 2 == 0) ? a : b;
        Console.WriteLine(Run(acc));
        acc -= b;
        Console.WriteLine(Run(acc));

        Func<int> f = One;
        f += Two;
        log = "";
        Console.WriteLine(f() + " " + log);

        Action a2 = A;
        Console.WriteLine((a == a2) + " " + a.Equals(a2) + " " + (a == b) + " " + ((a + b) == (a + b)));

        Action throwing = a + (() => throw new InvalidOperationException("stop")) + c;
        log = "";
        try { throwing(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message + " after " + log); }
    }
}
