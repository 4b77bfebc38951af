// Covers: delegates — Action, Action<T...>, Func<...>, Predicate<T>, custom delegate types;
// bound to static methods, instance methods (the target is captured at creation), virtual
// methods (dispatch on the target), struct instance methods (boxed copy), lambdas, method groups
// of generic methods, delegates as parameters/return values, Invoke vs call syntax, null check.
using System;

delegate int BinaryOp(int a, int b);
delegate void Notify(string message);

class Counter
{
    public int Count;
    public void Increment() => Count++;
    public int AddTo(int v) => Count + v;
}

class Animal { public virtual string Speak() => "..."; }
class Dog : Animal { public override string Speak() => "woof"; }

struct Mutable
{
    public int Value;
    public int Bump() => ++Value;
}

static class DelegateKinds
{
    static int Add(int a, int b) => a + b;
    static int Mul(int a, int b) => a * b;
    static T Identity<T>(T v) => v;
    static bool IsEven(int v) => v % 2 == 0;

    static int Apply(BinaryOp op, int a, int b) => op(a, b);
    static Func<int, int> Adder(int n) => v => v + n;

    static void Main()
    {
        BinaryOp add = Add;
        BinaryOp mul = new BinaryOp(Mul);
        Console.WriteLine(add(3, 4) + " " + mul.Invoke(3, 4) + " " + Apply((a, b) => a - b, 10, 3));

        var counter = new Counter();
        Action inc = counter.Increment;
        inc(); inc(); inc();
        Func<int, int> addTo = counter.AddTo;
        Console.WriteLine(counter.Count + " " + addTo(10));
        counter = new Counter();
        inc();
        Console.WriteLine(counter.Count + " " + addTo(0));

        Animal pet = new Dog();
        Func<string> speak = pet.Speak;
        Console.WriteLine(speak());

        Mutable m = new Mutable { Value = 10 };
        Func<int> bump = m.Bump;
        Console.WriteLine(bump() + " " + bump() + " " + m.Value);

        Func<string, string> id = Identity<string>;
        Func<double, double> idd = Identity;
        Console.WriteLine(id("generic") + " " + idd(2.5));

        Predicate<int> even = IsEven;
        Predicate<int> positive = v => v > 0;
        for (int i = -2; i <= 3; i++) Console.Write((even(i) ? "E" : "o") + (positive(i) ? "+" : "-") + " ");
        Console.WriteLine();

        Func<int, int> plus5 = Adder(5), plus7 = Adder(7);
        Console.WriteLine(plus5(1) + " " + plus7(1) + " " + plus5(plus7(0)));
        Func<int, Func<int, Func<int, int>>> curried = a => b => c => a * 100 + b * 10 + c;
        Console.WriteLine(curried(1)(2)(3));
        Action<string, int> repeat = (s, n) => { for (int i = 0; i < n; i++) Console.Write(s); Console.WriteLine(); };
        repeat("ab", 3);
        Func<int, int, int, int, int> four = (a, b, c, d) => a - b + c - d;
        Console.WriteLine(four(10, 1, 5, 2));

        Notify notify = null;
        notify?.Invoke("never");
        Console.WriteLine(notify == null);
        notify = msg => Console.WriteLine("notified: " + msg);
        notify("hello");
        Action nothing = () => { };
        nothing();
    }
}
