// Covers: an unhandled NullReferenceException raised by the runtime (field access on null)
// ends the program with exit status 134; stderr starts "Unhandled exception.
// System.NullReferenceException: "; output printed before the fault is kept.
using System;

class Node { public Node Next; public int Value; }

static class UnhandledNullReference
{
    static void Main()
    {
        var head = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };
        Node current = head;
        for (int i = 0; i < 5; i++)
        {
            Console.WriteLine("value " + current.Value);
            current = current.Next;
        }
    }
}
