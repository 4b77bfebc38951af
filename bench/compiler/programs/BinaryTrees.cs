// The binary-trees benchmark: allocation of many small objects. Rivet has no collector yet, so its
// allocator never frees; the depth is chosen so every run fits comfortably in memory.
using System;

public static class BinaryTrees
{
    sealed class Node
    {
        public Node? Left, Right;
        public Node(Node? left, Node? right) { Left = left; Right = right; }
        public int Check() => Left is null ? 1 : 1 + Left.Check() + Right!.Check();
    }

    static Node Build(int depth) => depth == 0 ? new Node(null, null) : new Node(Build(depth - 1), Build(depth - 1));

    public static int Main()
    {
        const int MinDepth = 4, MaxDepth = 16, Rounds = 3;
        Console.WriteLine($"stretch tree of depth {MaxDepth + 1}\t check: {Build(MaxDepth + 1).Check()}");
        Node longLived = Build(MaxDepth);
        for (int round = 0; round < Rounds; round++)
        {
            for (int depth = MinDepth; depth <= MaxDepth; depth += 2)
            {
                int iterations = 1 << (MaxDepth - depth + MinDepth);
                int check = 0;
                for (int i = 0; i < iterations; i++) check += Build(depth).Check();
                Console.WriteLine($"{iterations}\t trees of depth {depth}\t check: {check}");
            }
        }
        Console.WriteLine($"long lived tree of depth {MaxDepth}\t check: {longLived.Check()}");
        return 0;
    }
}
