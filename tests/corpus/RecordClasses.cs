// Covers: record classes — compiler-generated ToString ("Person { Name = ann, Age = 3 }"),
// value equality (== / != / Equals) including nested records and null, GetHashCode equality for
// equal records, with-expressions (copy + change, original untouched), positional deconstruction,
// inheritance (derived ToString, EqualityContract: base and derived never equal), custom members.
using System;

record Person(string Name, int Age);
record Employee(string Name, int Age, string Role) : Person(Name, Age);
record Team(string Title, Person Lead);
record Counter
{
    public int Value { get; init; }
    public int Twice => Value * 2;
    public Counter Next() => this with { Value = Value + 1 };
}
record Empty;

static class RecordClasses
{
    static void Main()
    {
        var a = new Person("ann", 30);
        var b = new Person("ann", 30);
        var c = a with { Age = 31 };
        Console.WriteLine(a);
        Console.WriteLine(c);
        Console.WriteLine((a == b) + " " + (a != c) + " " + a.Equals(b) + " " + ReferenceEquals(a, b) + " " + (a.GetHashCode() == b.GetHashCode()));
        Console.WriteLine((a == null) + " " + a.Equals(null) + " " + ((Person)null == null));
        var (name, age) = c;
        Console.WriteLine(name + " " + age + " " + a.Age);

        var e = new Employee("bob", 40, "dev");
        var p = new Person("bob", 40);
        Console.WriteLine(e);
        Console.WriteLine((e == p) + " " + p.Equals(e) + " " + e.Equals(p));
        Person asBase = e;
        Console.WriteLine(asBase.ToString());
        var promoted = e with { Role = "lead" };
        Console.WriteLine(promoted + " " + (promoted is Employee));
        Person copyThroughBase = asBase with { Age = 41 };
        Console.WriteLine(copyThroughBase);

        var t1 = new Team("core", new Person("cy", 50));
        var t2 = new Team("core", new Person("cy", 50));
        Console.WriteLine(t1 + " " + (t1 == t2) + " " + (t1.GetHashCode() == t2.GetHashCode()));
        Console.WriteLine(new Team("none", null));

        var counter = new Counter { Value = 5 };
        Console.WriteLine(counter + " " + counter.Next().Next() + " " + counter.Twice);
        Console.WriteLine(new Empty() + " " + (new Empty() == new Empty()));
    }
}
