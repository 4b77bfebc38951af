// Covers: array covariance — a string[] seen as object[] accepts strings and null but throws
// ArrayTypeMismatchException for other types on stelem.ref; Dog[] seen as Animal[] rejects a Cat;
// interface-typed arrays; storing into exact-type arrays needs no check; Span<T> over a covariant
// array throws ArrayTypeMismatchException; reading through the covariant view works.
using System;

class Animal { public virtual string Name => "animal"; }
class Dog : Animal { public override string Name => "dog"; }
class Cat : Animal { public override string Name => "cat"; }
interface IShape { }
class Square : IShape { }
class Circle : IShape { }

static class ArrayCovariance
{
    static void Store(object[] array, int index, object value, string what)
    {
        try
        {
            array[index] = value;
            Console.WriteLine(what + ": stored");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine(what + ": ArrayTypeMismatchException");
        }
    }

    static void Main()
    {
        string[] strings = { "a", "b", "c" };
        object[] view = strings;
        Store(view, 0, "x", "string into string[]");
        Store(view, 1, null, "null into string[]");
        Store(view, 2, 42, "int into string[]");
        Store(view, 2, new object(), "object into string[]");
        Console.WriteLine(strings[0] + " " + (strings[1] == null) + " " + strings[2] + " " + view.Length);

        Dog[] dogs = { new Dog(), new Dog() };
        Animal[] animals = dogs;
        try
        {
            animals[0] = new Cat();
            Console.WriteLine("cat stored");
        }
        catch (ArrayTypeMismatchException) { Console.WriteLine("Cat into Dog[]: ArrayTypeMismatchException"); }
        animals[1] = new Dog();
        Console.WriteLine(animals[0].Name + " " + animals[1].Name);

        IShape[] shapes = new Square[2];
        try { shapes[0] = new Circle(); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("Circle into Square[]: ArrayTypeMismatchException"); }
        shapes[1] = new Square();
        Console.WriteLine(shapes[1] is Square);

        object[] exact = new object[2];
        exact[0] = 1;
        exact[1] = "mixed";
        Console.WriteLine(exact[0] + " " + exact[1]);
        Animal[] realAnimals = new Animal[2];
        realAnimals[0] = new Cat();
        realAnimals[1] = new Dog();
        Console.WriteLine(realAnimals[0].Name + realAnimals[1].Name);

        try
        {
            Span<object> span = view;
            Console.WriteLine("span created " + span.Length);
        }
        catch (ArrayTypeMismatchException) { Console.WriteLine("Span<object> over string[]: ArrayTypeMismatchException"); }
        ReadOnlySpan<object> readOnly = view;
        Console.WriteLine("read-only span " + readOnly.Length + " " + readOnly[0]);
        object[][] jagged = new string[1][];
        try { jagged[0] = new object[1]; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("object[] into string[][]: ArrayTypeMismatchException"); }
    }
}
