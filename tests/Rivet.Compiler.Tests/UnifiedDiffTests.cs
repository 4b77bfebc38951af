using Xunit;

namespace Rivet.Compiler.Tests;

/// <summary>The failure-message diff must point at the right lines, or corpus failures mislead.</summary>
public class UnifiedDiffTests
{
    [Fact]
    public void Identical_texts_have_no_hunks()
    {
        var diff = UnifiedDiff.Create("a\nb\n", "a\nb\n", "expected", "actual");
        Assert.Equal("--- expected\n+++ actual\n", diff.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_changed_line_shows_three_lines_of_context_each_side()
    {
        var expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        var diff = UnifiedDiff.Create(expected, actual, "e", "a").ReplaceLineEndings("\n");
        Assert.Equal("--- e\n+++ a\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Missing_trailing_lines_are_removals()
    {
        var diff = UnifiedDiff.Create("x\ny\nz", "x", "e", "a").ReplaceLineEndings("\n");
        Assert.Equal("--- e\n+++ a\n@@ -1,3 +1,1 @@\n x\n-y\n-z\n", diff);
    }

    [Fact]
    public void Distant_changes_get_separate_hunks()
    {
        var expected = string.Join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        var actual = string.Join("\n", "A", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "L");
        var diff = UnifiedDiff.Create(expected, actual, "e", "a").ReplaceLineEndings("\n");
        Assert.Equal("--- e\n+++ a\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n", diff);
    }
}
