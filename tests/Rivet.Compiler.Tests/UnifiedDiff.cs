using System;
using System.Collections.Generic;
using System.Text;

namespace Rivet.Compiler.Tests;

/// <summary>
/// A line-based unified diff (as `diff -u` prints it) for failure messages. Common prefix and
/// suffix are trimmed first; the rest is aligned by longest common subsequence, or shown as one
/// replacement when it is too large for the quadratic table.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private const long MaxTableCells = 4_000_000;

    private enum Kind { Same, Removed, Added }

    private readonly record struct Edit(Kind Kind, string Line, int OldLine, int NewLine);

    public static string Create(string expected, string actual, string expectedLabel, string actualLabel)
    {
        var edits = Align(expected.Split('\n'), actual.Split('\n'));
        var text = new StringBuilder();
        text.Append("--- ").AppendLine(expectedLabel);
        text.Append("+++ ").AppendLine(actualLabel);
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == Kind.Same) { i++; continue; }
            // A hunk: this change plus following changes separated by at most 2*Context equal lines.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count)
            {
                if (edits[end].Kind != Kind.Same) { end++; continue; }
                var run = end;
                while (run < edits.Count && edits[run].Kind == Kind.Same) run++;
                if (run == edits.Count || run - end > 2 * Context) { end = Math.Min(end + Context, edits.Count); break; }
                end = run;
            }
            AppendHunk(text, edits, start, end);
            i = end;
        }
        return text.ToString();
    }

    private static void AppendHunk(StringBuilder text, List<Edit> edits, int start, int end)
    {
        int oldCount = 0, newCount = 0;
        for (var k = start; k < end; k++)
        {
            if (edits[k].Kind != Kind.Added) oldCount++;
            if (edits[k].Kind != Kind.Removed) newCount++;
        }
        text.Append($"@@ -{edits[start].OldLine + 1},{oldCount} +{edits[start].NewLine + 1},{newCount} @@").AppendLine();
        for (var k = start; k < end; k++)
        {
            var marker = edits[k].Kind switch { Kind.Removed => '-', Kind.Added => '+', _ => ' ' };
            text.Append(marker).AppendLine(edits[k].Line);
        }
    }

    /// <summary>The edit script turning <paramref name="a"/> into <paramref name="b"/>, with each edit's position in both.</summary>
    private static List<Edit> Align(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var edits = new List<Edit>();
        int ai = 0, bi = 0;
        void Same() { edits.Add(new Edit(Kind.Same, a[ai], ai, bi)); ai++; bi++; }
        void Removed() { edits.Add(new Edit(Kind.Removed, a[ai], ai, bi)); ai++; }
        void Added() { edits.Add(new Edit(Kind.Added, b[bi], ai, bi)); bi++; }

        while (ai < prefix) Same();
        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        if ((long)n * m > MaxTableCells)
        {
            for (var k = 0; k < n; k++) Removed();
            for (var k = 0; k < m; k++) Added();
        }
        else
        {
            // lcs[x, y]: length of the LCS of a[prefix+x..] and b[prefix+y..] within the middle part.
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
                for (var y = m - 1; y >= 0; y--)
                    lcs[x, y] = a[prefix + x] == b[prefix + y]
                        ? lcs[x + 1, y + 1] + 1
                        : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            while (ai < prefix + n || bi < prefix + m)
            {
                int x = ai - prefix, y = bi - prefix;
                if (x < n && y < m && a[ai] == b[bi]) Same();
                else if (y == m || (x < n && lcs[x + 1, y] >= lcs[x, y + 1])) Removed();
                else Added();
            }
        }
        while (ai < a.Length) Same();
        return edits;
    }
}
