// Covers: Queue<T> and Stack<T> — Enqueue/Dequeue/Peek/TryDequeue/TryPeek, Push/Pop/Peek/TryPop,
// Count, enumeration order (queue FIFO, stack LIFO), growth with wraparound of the queue's ring
// buffer, Contains, ToArray order, InvalidOperationException on empty, BFS and bracket matching.
using System;
using System.Collections.Generic;

static class QueueAndStack
{
    static bool Balanced(string s)
    {
        var stack = new Stack<char>();
        foreach (char c in s)
        {
            if (c == '(' || c == '[' || c == '{') stack.Push(c);
            else if (c == ')' || c == ']' || c == '}')
            {
                if (!stack.TryPop(out char open)) return false;
                if ("([{".IndexOf(open) != ")]}".IndexOf(c)) return false;
            }
        }
        return stack.Count == 0;
    }

    static void Main()
    {
        var q = new Queue<int>();
        for (int i = 0; i < 5; i++) q.Enqueue(i);
        Console.WriteLine(q.Dequeue() + " " + q.Dequeue() + " " + q.Peek() + " " + q.Count);
        for (int i = 5; i < 12; i++) q.Enqueue(i);
        foreach (int v in q) Console.Write(v + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", q.ToArray()) + " " + q.Contains(7) + " " + q.Contains(1));
        while (q.TryDequeue(out int item)) Console.Write(item + ";");
        Console.WriteLine(" empty " + q.Count + " " + q.TryPeek(out int none) + " " + none);

        var s = new Stack<string>();
        s.Push("a"); s.Push("b"); s.Push("c");
        foreach (var v in s) Console.Write(v);
        Console.WriteLine(" " + string.Join("", s.ToArray()) + " " + s.Peek() + " " + s.Pop() + " " + s.Count);
        Console.WriteLine(s.TryPop(out string top) + " " + top + " " + s.TryPeek(out string next) + " " + next);

        foreach (var text in new[] { "([]{})", "(]", "((", "", "{[()()]}", ")(" })
            Console.Write(Balanced(text) + " ");
        Console.WriteLine();

        // Breadth-first distances on a small implicit graph: n -> 2n, n -> n+3 (mod 50).
        var dist = new int[50];
        for (int i = 0; i < dist.Length; i++) dist[i] = -1;
        var frontier = new Queue<int>();
        frontier.Enqueue(1);
        dist[1] = 0;
        while (frontier.Count > 0)
        {
            int n = frontier.Dequeue();
            foreach (int m in new[] { n * 2 % 50, (n + 3) % 50 })
                if (dist[m] < 0) { dist[m] = dist[n] + 1; frontier.Enqueue(m); }
        }
        Console.WriteLine(string.Join(" ", dist));

        try { new Queue<int>().Dequeue(); }
        catch (InvalidOperationException) { Console.WriteLine("empty queue: InvalidOperationException"); }
        try { new Stack<int>().Pop(); }
        catch (InvalidOperationException) { Console.WriteLine("empty stack: InvalidOperationException"); }
        try { new Stack<int>().Peek(); }
        catch (InvalidOperationException) { Console.WriteLine("peek empty stack: InvalidOperationException"); }
    }
}
