using System;
using System.Collections.Generic;
using Xunit;

namespace Rivet.CoreLib.Tests;

/// <summary>The AVL tree behind SortedSet/SortedDictionary must behave like the BCL's SortedSet under random edits.</summary>
public class SortedTreeTests
{
    [Fact]
    public void RandomInsertionsAndRemovalsMatchBclSortedSet()
    {
        var random = new Random(31337);
        var tree = new SortedTree<int>(Comparer<int>.Default);
        var reference = new SortedSet<int>();
        for (int step = 0; step < 20_000; step++)
        {
            int value = random.Next(0, 500);
            if (random.Next(3) == 0) Assert.Equal(reference.Remove(value), tree.Remove(value));
            else Assert.Equal(reference.Add(value), tree.Add(value, replace: false));
            Assert.Equal(reference.Count, tree.Count);
            if (step % 1000 == 0) AssertSameContents(reference, tree);
        }
        AssertSameContents(reference, tree);
        Assert.Equal(reference.Min, tree.MinNode()!.Item);
        Assert.Equal(reference.Max, tree.MaxNode()!.Item);
    }

    [Fact]
    public void StaysBalanced()
    {
        var tree = new SortedTree<int>(Comparer<int>.Default);
        for (int i = 0; i < 4095; i++) tree.Add(i, replace: false);
        // A perfect tree of 4095 nodes has height 12; AVL guarantees at most 1.44·log2(n).
        Assert.InRange(tree.Root!.Height, 12, 17);
        for (int i = 0; i < 4000; i += 2) tree.Remove(i);
        AssertBalanced(tree.Root);
    }

    [Fact]
    public void EnumerationFailsAfterModification()
    {
        var tree = new SortedTree<int>(Comparer<int>.Default);
        tree.Add(1, replace: false);
        tree.Add(2, replace: false);
        var enumerator = new SortedTree<int>.Enumerator(tree);
        Assert.True(enumerator.MoveNext());
        tree.Add(3, replace: false);
        Assert.Throws<InvalidOperationException>(() => enumerator.MoveNext());
    }

    [Fact]
    public void ReplaceKeepsOneItemPerKey()
    {
        var byKey = Comparer<(int Key, string Value)>.Create((a, b) => a.Key.CompareTo(b.Key));
        var tree = new SortedTree<(int Key, string Value)>(byKey);
        Assert.True(tree.Add((1, "a"), replace: true));
        Assert.False(tree.Add((1, "b"), replace: true));
        Assert.Equal(1, tree.Count);
        Assert.Equal("b", tree.Find((1, ""))!.Item.Value);
    }

    private static void AssertSameContents(SortedSet<int> reference, SortedTree<int> tree)
    {
        var items = new List<int>();
        var enumerator = new SortedTree<int>.Enumerator(tree);
        while (enumerator.MoveNext()) items.Add(enumerator.Current);
        Assert.Equal(reference, items);
    }

    private static int AssertBalanced(SortedTree<int>.Node? node)
    {
        if (node == null) return 0;
        int left = AssertBalanced(node.Left);
        int right = AssertBalanced(node.Right);
        Assert.InRange(left - right, -1, 1);
        Assert.Equal(1 + Math.Max(left, right), node.Height);
        return node.Height;
    }
}
