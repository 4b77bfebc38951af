// Covers: generic interfaces and variance — IEnumerable<out T> covariance (List<string> as
// IEnumerable<object>), IComparer<in T> / Action<in T> contravariance, custom covariant and
// contravariant interfaces and delegates, is-checks through variance, generic interface
// implemented for two type arguments by one class, and dispatch on the right instantiation.
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }
interface IConverter<T> { string Convert(T value); }

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

class CatFactory : IProducer<Cat> { public Cat Produce() => new Cat(); }
class AnimalPrinter : IConsumer<Animal> { public void Consume(Animal a) => Console.WriteLine("consumed " + a.Name); }
class MultiConverter : IConverter<int>, IConverter<string>
{
    public string Convert(int value) => "int:" + value;
    public string Convert(string value) => "string:" + value;
}

delegate TResult Maker<out TResult>();

class ByString : IComparer<object>
{
    public int Compare(object a, object b) => string.CompareOrdinal(a.ToString(), b.ToString());
}

static class GenericInterfacesVariance
{
    static void PrintAll(IEnumerable<object> items)
    {
        foreach (var i in items) Console.Write(i + " ");
        Console.WriteLine();
    }

    static void Main()
    {
        List<string> strings = new List<string> { "a", "b" };
        IEnumerable<object> objects = strings;
        PrintAll(objects);
        PrintAll(new[] { "x", "y", "z" });

        IProducer<Cat> cats = new CatFactory();
        IProducer<Animal> animals = cats;
        Console.WriteLine(animals.Produce().Name);
        IConsumer<Animal> printer = new AnimalPrinter();
        IConsumer<Cat> catPrinter = printer;
        catPrinter.Consume(new Cat());

        object o = new CatFactory();
        Console.WriteLine((o is IProducer<Animal>) + " " + (o is IProducer<object>) + " " + (o is IProducer<string>));
        object p = new AnimalPrinter();
        Console.WriteLine((p is IConsumer<Cat>) + " " + (p is IConsumer<object>));
        object boxedInts = new List<int>();
        Console.WriteLine((boxedInts is IEnumerable<object>) + " " + (boxedInts is IEnumerable<int>));

        var multi = new MultiConverter();
        IConverter<int> ci = multi;
        IConverter<string> cs = multi;
        Console.WriteLine(ci.Convert(5) + " " + cs.Convert("five"));

        Action<Animal> describe = a => Console.WriteLine("describe " + a.Name);
        Action<Cat> describeCat = describe;
        describeCat(new Cat());
        Func<Cat> makeCat = () => new Cat();
        Func<Animal> makeAnimal = makeCat;
        Console.WriteLine(makeAnimal().Name);
        Maker<Cat> maker = () => new Cat();
        Maker<Animal> animalMaker = maker;
        Console.WriteLine(animalMaker().Name);

        IComparer<object> byString = new ByString();
        IComparer<string> stringComparer = byString;
        var list = new List<string> { "b", "c", "a" };
        list.Sort(stringComparer);
        Console.WriteLine(string.Join(",", list));
    }
}
