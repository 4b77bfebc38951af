// Covers: nested and composed generic types — Dictionary<string, List<int>>, List<List<string>>,
// Dictionary<(int, int), HashSet<char>>, generic types nested in generic types (Outer<T>.Inner<U>),
// generic recursion (a persistent linked list Cons<T>), generic methods instantiated at many
// value/reference types, KeyValuePair<TKey, TValue>, and Queue<Stack<int>>.
using System;
using System.Collections.Generic;

class Outer<T>
{
    public class Inner<U>
    {
        public T First;
        public U Second;
        public override string ToString() => "(" + First + ", " + Second + ")";
    }
    public static Inner<string> Make(T value) => new Inner<string> { First = value, Second = "made" };
}

sealed class Cons<T>
{
    public readonly T Head;
    public readonly Cons<T> Tail;
    public Cons(T head, Cons<T> tail) { Head = head; Tail = tail; }
    public int Length => 1 + (Tail?.Length ?? 0);
    public Cons<U> Map<U>(Func<T, U> f) => new Cons<U>(f(Head), Tail?.Map(f));
    public override string ToString() => Head + (Tail == null ? "" : " " + Tail);
}

static class NestedGenerics
{
    static string Show<T>(T value) => "<" + value + ">";

    static void Main()
    {
        var groups = new Dictionary<string, List<int>>();
        for (int i = 1; i <= 20; i++)
        {
            string key = i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd";
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<int>();
            list.Add(i);
        }
        foreach (var kv in groups) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));

        var grid = new List<List<string>>();
        for (int r = 0; r < 3; r++)
        {
            grid.Add(new List<string>());
            for (int c = 0; c <= r; c++) grid[r].Add(r + "" + c);
        }
        Console.WriteLine(grid.Count + " " + grid[2].Count + " " + grid[2][1]);

        var cells = new Dictionary<(int, int), HashSet<char>>();
        foreach (var (x, y, ch) in new[] { (0, 0, 'a'), (0, 0, 'b'), (1, 2, 'c'), (0, 0, 'a') })
        {
            if (!cells.TryGetValue((x, y), out var set)) cells[(x, y)] = set = new HashSet<char>();
            set.Add(ch);
        }
        Console.WriteLine(cells.Count + " " + cells[(0, 0)].Count + " " + cells[(1, 2)].Contains('c'));

        var inner = new Outer<int>.Inner<double> { First = 1, Second = 2.5 };
        Console.WriteLine(inner + " " + Outer<long>.Make(9));

        Cons<int> numbers = null;
        for (int i = 5; i >= 1; i--) numbers = new Cons<int>(i, numbers);
        Console.WriteLine(numbers + " | " + numbers.Length + " | " + numbers.Map(n => n * n) + " | " + numbers.Map(n => "#" + n).Map(s => s.Length));

        Console.WriteLine(Show(1) + Show("s") + Show(2.5) + Show('c') + Show(true) + Show((byte)7) + Show(3L) + Show(new KeyValuePair<string, int>("k", 1)));
        var queue = new Queue<Stack<int>>();
        for (int i = 0; i < 3; i++)
        {
            var s = new Stack<int>();
            for (int j = 0; j <= i; j++) s.Push(i * 10 + j);
            queue.Enqueue(s);
        }
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            Console.Write(s.Count + ":" + s.Peek() + " ");
        }
        Console.WriteLine();
    }
}
