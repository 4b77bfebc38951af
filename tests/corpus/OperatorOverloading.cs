// Covers: user-defined operators — arithmetic (+ - * / unary -), comparison (< > <= >=),
// == and != with Equals/GetHashCode, true/false operators with && and ||, implicit and explicit
// conversions (incl. chained with built-in conversions), compound assignment through operators,
// ++/-- on a user type, checked operators (C# 11 `operator checked`), and operators on classes
// with null operands.
using System;

readonly struct Fraction
{
    public readonly long Num, Den;
    public Fraction(long num, long den)
    {
        if (den == 0) throw new DivideByZeroException();
        if (den < 0) { num = -num; den = -den; }
        long g = Gcd(Math.Abs(num), den);
        Num = num / g; Den = den / g;
    }
    static long Gcd(long a, long b) => b == 0 ? (a == 0 ? 1 : a) : Gcd(b, a % b);
    public static Fraction operator +(Fraction a, Fraction b) => new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static Fraction operator -(Fraction a, Fraction b) => new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
    public static Fraction operator *(Fraction a, Fraction b) => new Fraction(a.Num * b.Num, a.Den * b.Den);
    public static Fraction operator /(Fraction a, Fraction b) => new Fraction(a.Num * b.Den, a.Den * b.Num);
    public static Fraction operator -(Fraction a) => new Fraction(-a.Num, a.Den);
    public static Fraction operator ++(Fraction a) => new Fraction(a.Num + a.Den, a.Den);
    public static bool operator <(Fraction a, Fraction b) => a.Num * b.Den < b.Num * a.Den;
    public static bool operator >(Fraction a, Fraction b) => b < a;
    public static bool operator <=(Fraction a, Fraction b) => !(b < a);
    public static bool operator >=(Fraction a, Fraction b) => !(a < b);
    public static bool operator ==(Fraction a, Fraction b) => a.Num == b.Num && a.Den == b.Den;
    public static bool operator !=(Fraction a, Fraction b) => !(a == b);
    public override bool Equals(object obj) => obj is Fraction f && f == this;
    public override int GetHashCode() => (int)(Num * 31 + Den);
    public static implicit operator Fraction(int v) => new Fraction(v, 1);
    public static explicit operator double(Fraction f) => (double)f.Num / f.Den;
    public override string ToString() => Den == 1 ? Num.ToString() : Num + "/" + Den;
}

struct Flag
{
    public readonly bool Value;
    public Flag(bool v) { Value = v; }
    public static bool operator true(Flag f) { Console.Write("[true?" + f.Value + "]"); return f.Value; }
    public static bool operator false(Flag f) { Console.Write("[false?" + f.Value + "]"); return !f.Value; }
    public static Flag operator &(Flag a, Flag b) => new Flag(a.Value && b.Value);
    public static Flag operator |(Flag a, Flag b) => new Flag(a.Value || b.Value);
    public override string ToString() => Value ? "T" : "F";
}

readonly struct Meters
{
    public readonly int Value;
    public Meters(int v) { Value = v; }
    public static Meters operator +(Meters a, Meters b) => new Meters(a.Value + b.Value);
    public static Meters operator checked +(Meters a, Meters b) => new Meters(checked(a.Value + b.Value));
    public static explicit operator Meters(int v) => new Meters(v);
}

class Label
{
    public string Text;
    public static Label operator +(Label a, Label b) => new Label { Text = (a?.Text ?? "null") + "+" + (b?.Text ?? "null") };
    public static bool operator ==(Label a, Label b) => ReferenceEquals(a, b) || (a is not null && b is not null && a.Text == b.Text);
    public static bool operator !=(Label a, Label b) => !(a == b);
    public override bool Equals(object obj) => obj is Label l && l.Text == Text;
    public override int GetHashCode() => Text.GetHashCode();
}

static class OperatorOverloading
{
    static void Main()
    {
        var half = new Fraction(1, 2);
        var third = new Fraction(1, 3);
        Console.WriteLine((half + third) + " " + (half - third) + " " + (half * third) + " " + (half / third) + " " + (-half));
        Fraction sum = 0;
        for (int i = 1; i <= 10; i++) sum += new Fraction(1, i * (i + 1));
        Console.WriteLine(sum + " " + (double)sum);
        var f = third;
        f++;
        Console.WriteLine(f + " " + (half < third) + " " + (half > third) + " " + (half <= new Fraction(2, 4)) + " " + (half == new Fraction(3, 6)) + " " + (half != third));
        Fraction fromInt = 7;
        Console.WriteLine(fromInt + " " + (fromInt == 7) + " " + half.Equals(new Fraction(-2, -4)) + " " + (half.GetHashCode() == new Fraction(5, 10).GetHashCode()));
        try { Console.WriteLine(half / 0); }
        catch (DivideByZeroException) { Console.WriteLine("fraction divide by zero"); }

        Flag t = new Flag(true), fl = new Flag(false);
        Console.WriteLine(" => " + (fl && t));
        Console.WriteLine(" => " + (t || fl));
        Console.WriteLine(" => " + (t && t));
        if (t) Console.WriteLine(" => if taken");

        var big = (Meters)int.MaxValue;
        var one = (Meters)1;
        Console.WriteLine(unchecked(big + one).Value);
        try { Console.WriteLine(checked(big + one).Value); }
        catch (OverflowException) { Console.WriteLine("checked user operator overflowed"); }

        Label a = new Label { Text = "a" }, b = null;
        Console.WriteLine((a + b).Text + " " + (b + a).Text + " " + (a == b) + " " + (b == null) + " " + (a == new Label { Text = "a" }) + " " + ((object)a == new Label { Text = "a" }));
    }
}
