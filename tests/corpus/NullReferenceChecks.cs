// Covers: NullReferenceException raised by the IL semantics — instance field load/store on null,
// callvirt of virtual and non-virtual instance methods, interface calls, array length/element
// access on a null array, string methods on null, unboxing null, delegate invoke of null,
// ldflda through a null struct-containing object, and that evaluation before the fault happened.
using System;

class Holder { public int Field; public int[] Items; public virtual int Virt() => 1; public int NonVirt() => Field; }
interface IShape { int Area(); }
struct Inner { public int A; }
class Outer { public Inner In; }

static class NullReferenceChecks
{
    static int step;

    static void Check(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (NullReferenceException)
        {
            Console.WriteLine(what + ": NullReferenceException (step " + step + ")");
        }
    }

    static Holder Nothing() { step++; return null; }

    static void Main()
    {
        Holder h = null;
        int[] arr = null;
        string s = null;
        IShape shape = null;
        object o = null;
        Func<int> f = null;
        Outer outer = null;
        Check("field load", () => Console.WriteLine(h.Field));
        Check("field store", () => h.Field = 3);
        Check("virtual call", () => h.Virt());
        Check("non-virtual call", () => h.NonVirt());
        Check("interface call", () => shape.Area());
        Check("array length", () => Console.WriteLine(arr.Length));
        Check("array load", () => Console.WriteLine(arr[0]));
        Check("array store", () => arr[0] = 1);
        Check("string length", () => Console.WriteLine(s.Length));
        Check("string method", () => s.Substring(1));
        Check("unbox", () => Console.WriteLine((int)o));
        Check("delegate invoke", () => f());
        Check("struct field through null", () => outer.In.A = 5);
        Check("nested array field", () => new Holder().Items[0]++);
        Check("returned null", () => Nothing().Field++);
        Check("ToString on null", () => o.ToString());
        Check("GetHashCode on null", () => o.GetHashCode());
        Check("foreach over null", () => { foreach (var x in arr) Console.WriteLine(x); });
        Check("is check on null", () => Console.WriteLine(o is string));
        Check("null-conditional", () => Console.WriteLine(h?.Field ?? -1));
        Check("string concat with null", () => Console.WriteLine("x" + s + "y"));
        Console.WriteLine("steps " + step);
    }
}
