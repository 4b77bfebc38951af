// Covers: InvalidCastException from castclass (unrelated class, base to derived, interface not
// implemented, array of wrong element type), unbox.any to the wrong type (int vs long, int vs enum
// of another size, struct vs struct), while valid casts succeed: unbox int to same-size enum,
// castclass to interfaces, arrays to object[]/IList, null casts, `as` returning null instead.
using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }
interface IPet { }
class Puppy : Dog, IPet { }
enum Small : byte { A = 1 }
enum Regular { X = 7 }
struct S1 { public int V; }
struct S2 { public int V; }

static class InvalidCastChecks
{
    static void Check(string what, Func<object> cast)
    {
        try
        {
            object result = cast();
            Console.WriteLine(what + ": ok " + (result == null ? "null" : result.ToString()));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine(what + ": InvalidCastException");
        }
    }

    static void Main()
    {
        object dog = new Dog();
        object puppy = new Puppy();
        object animal = new Animal();
        object boxedInt = 7;
        object boxedSmall = Small.A;
        object boxedS1 = new S1 { V = 3 };
        object strings = new[] { "a" };
        object ints = new[] { 1 };
        object nothing = null;
        Check("Dog as Animal", () => (Animal)dog);
        Check("Dog as Cat", () => (Cat)dog);
        Check("Animal as Dog", () => (Dog)animal);
        Check("Dog as IPet", () => (IPet)dog);
        Check("Puppy as IPet", () => (IPet)puppy);
        Check("Puppy as Dog", () => (Dog)puppy);
        Check("null as Dog", () => (Dog)nothing);
        Check("unbox int", () => (int)boxedInt);
        Check("unbox int as long", () => (long)boxedInt);
        Check("unbox int as uint", () => (uint)boxedInt);
        Check("unbox int as Regular", () => (Regular)boxedInt);
        Check("unbox int as Small", () => (Small)boxedInt);
        Check("unbox Small as byte", () => (byte)boxedSmall);
        Check("unbox Small as int", () => (int)boxedSmall);
        Check("unbox S1 as S2", () => (S2)boxedS1);
        Check("unbox S1", () => ((S1)boxedS1).V);
        Check("string[] as object[]", () => ((object[])strings).Length);
        Check("int[] as object[]", () => (object[])ints);
        Check("int[] as uint[]", () => ((uint[])ints).Length);
        Check("string[] as IList<string>", () => ((IList<string>)strings).Count);
        Check("string[] as IEnumerable<object>", () => ((IEnumerable<object>)strings) != null);
        Check("string as IComparable<string>", () => ((IComparable<string>)(object)"s") != null);
        Check("boxed int as IComparable<int>", () => ((IComparable<int>)boxedInt).CompareTo(7));
        Check("boxed int as IComparable<long>", () => (IComparable<long>)boxedInt);
        Check("string as Dog", () => (Dog)(object)"s");
        Console.WriteLine((dog as Cat) == null);
        Console.WriteLine((puppy as IPet) != null);
        Console.WriteLine((boxedInt as string) == null);
        Console.WriteLine(boxedInt is long);
    }
}
