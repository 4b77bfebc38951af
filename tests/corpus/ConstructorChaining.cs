// Covers: object construction order — field initializers of the derived class run before the
// base constructor, base field initializers and constructor next, then the derived constructor
// body; this(...) chaining (initializers run once, in the constructor that calls base), base(...)
// argument evaluation, object initializers after the constructor, readonly fields assigned in
// constructors, primary constructors (C# 12) capturing parameters, and static/instance ordering.
using System;

static class Trace
{
    public static int Step;
    public static int Log(string what) { Console.WriteLine(++Step + " " + what); return Step; }
}

class Base
{
    protected int baseField = Trace.Log("Base field initializer");
    public readonly int Id;
    static Base() { Trace.Log("Base static constructor"); }
    public Base(int id) { Id = id; Trace.Log("Base(" + id + ") body"); }
}

class Derived : Base
{
    int derivedField = Trace.Log("Derived field initializer");
    public string Name { get; set; } = "default-name";
    public int Extra;
    static Derived() { Trace.Log("Derived static constructor"); }
    public Derived() : this("unnamed") { Trace.Log("Derived() body"); }
    public Derived(string name) : base(Trace.Log("argument for base")) { Name = name; Trace.Log("Derived(string) body"); }
}

class Point(int x, int y)
{
    public int X => x;
    public int Sum() => x + y;
    public void Shift(int d) { x += d; y += d; }
}

class Account
{
    public readonly string Owner;
    public readonly Money Balance;
    public Account(string owner) : this(owner, new Money(0)) { }
    public Account(string owner, Money balance) { Owner = owner; Balance = balance; }
}

readonly struct Money
{
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }
}

static class ConstructorChaining
{
    static void Main()
    {
        Trace.Log("main");
        var d = new Derived();
        Console.WriteLine("name " + d.Name + " id " + d.Id);
        var e = new Derived("explicit") { Name = "from initializer", Extra = Trace.Log("object initializer") };
        Console.WriteLine("name " + e.Name + " extra " + e.Extra);
        var p = new Point(3, 4);
        p.Shift(10);
        Console.WriteLine(p.X + " " + p.Sum());
        var acct = new Account("ann");
        Console.WriteLine(acct.Owner + " " + acct.Balance.Cents);
    }
}
