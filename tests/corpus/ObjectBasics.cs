// Covers: System.Object — default ToString (full type name, nested '+'), Equals/ReferenceEquals,
// overridden Equals/GetHashCode/ToString, virtual calls through object, GetType() identity.
using System;

namespace Corpus
{
    class Plain { }

    class Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override bool Equals(object obj) => obj is Point p && p.X == X && p.Y == Y;
        public override int GetHashCode() => X * 31 + Y;
        public override string ToString() => "(" + X + ", " + Y + ")";
    }

    static class ObjectBasics
    {
        class Nested { }

        static void Main()
        {
            object a = new Plain();
            object b = new Plain();
            Console.WriteLine(a.ToString());
            Console.WriteLine(new Nested().ToString());
            Console.WriteLine(a.Equals(b));
            Console.WriteLine(a.Equals(a));
            Console.WriteLine(object.ReferenceEquals(a, b));
            Console.WriteLine(object.ReferenceEquals(null, null));
            Console.WriteLine(object.Equals(null, a));
            Console.WriteLine(a.GetType() == b.GetType());
            Console.WriteLine(a.GetType() == typeof(Plain));
            Console.WriteLine(a.GetType() == typeof(object));

            object p1 = new Point(1, 2);
            object p2 = new Point(1, 2);
            object p3 = new Point(2, 1);
            Console.WriteLine(p1);
            Console.WriteLine(p1.Equals(p2));
            Console.WriteLine(p1.Equals(p3));
            Console.WriteLine(p1 == p2);
            Console.WriteLine(p1.GetHashCode() == p2.GetHashCode());
            Console.WriteLine(object.Equals(p1, p2));
            Console.WriteLine(p1.Equals(null));
            Console.WriteLine(p1.Equals("(1, 2)"));

            object[] things = { new Plain(), new Point(5, 6), "text", 42, 'c', true, 2.5 };
            foreach (object o in things)
                Console.WriteLine(o.ToString());
            object boxed1 = 42, boxed2 = 42;
            Console.WriteLine(boxed1.Equals(boxed2));
            Console.WriteLine(ReferenceEquals(boxed1, boxed2));
            Console.WriteLine(new object().ToString());
        }
    }
}
