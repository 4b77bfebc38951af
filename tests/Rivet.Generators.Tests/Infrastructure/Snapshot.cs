using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>
    /// Compares text with a committed <c>name.verified.cs</c> next to the calling test file. On a
    /// mismatch (or a missing snapshot) it writes <c>name.received.cs</c> and fails with a diff;
    /// accept a change by renaming received over verified after reviewing it.
    /// </summary>
    public static class Snapshot
    {
        public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
        {
            if (Compare(actual, name, testFile) is { } failure)
                throw new XunitException(failure);
        }

        /// <summary>Like <see cref="Match"/>, but returns the failure message (null on a match) instead of throwing.</summary>
        public static string? Compare(string actual, string name, [CallerFilePath] string testFile = "")
        {
            var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
            var verifiedPath = Path.Combine(directory, name + ".verified.cs");
            var receivedPath = Path.Combine(directory, name + ".received.cs");
            actual = Normalize(actual);
            var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == actual)
            {
                File.Delete(receivedPath);
                return null;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
            File.WriteAllText(receivedPath, actual);
            return verified is null
                ? $"No snapshot {verifiedPath}; wrote {receivedPath}."
                : $"Snapshot {verifiedPath} differs; wrote {receivedPath}.\n{Diff(verified, actual)}";
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n");

        /// <summary>The differing lines with line numbers: "-" from verified, "+" from received.</summary>
        private static string Diff(string verified, string received)
        {
            var expected = verified.Split('\n');
            var actual = received.Split('\n');
            var diff = new StringBuilder();
            for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
            {
                var e = i < expected.Length ? expected[i] : null;
                var a = i < actual.Length ? actual[i] : null;
                if (e == a)
                    continue;
                if (e is not null)
                    diff.Append($"{i + 1,5} - {e}\n");
                if (a is not null)
                    diff.Append($"{i + 1,5} + {a}\n");
            }

            return diff.ToString();
        }
    }
}
