using System.Linq;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>
    /// Every generated file for the shipped declarations, per architecture, against committed
    /// snapshots; and the generated code compiles against Rivet's corlib without warnings.
    /// </summary>
    public class SnapshotTests
    {
        private static string SnapshotDirectory([System.Runtime.CompilerServices.CallerFilePath] string testFile = "") =>
            System.IO.Path.Combine(System.IO.Path.GetDirectoryName(testFile)!, "Snapshots");

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void Generated_code_compiles_without_warnings(string arch)
        {
            var (output, generated) = GeneratorRun.Run(Declarations.Compile(), arch);

            Assert.NotEmpty(generated);
            var problems = GeneratorRun.Problems(output);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void Generated_code_matches_snapshots(string arch)
        {
            var (_, generated) = GeneratorRun.Run(Declarations.Compile(), arch);

            var failures = generated
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => Snapshot.Compare(g.Value, arch + "/" + g.Key.Replace(".g.cs", string.Empty)))
                .Where(f => f is not null)
                .ToList();
            var expected = generated.Keys.Select(k => k.Replace(".g.cs", ".verified.cs")).ToHashSet();
            var stale = System.IO.Directory.GetFiles(System.IO.Path.Combine(SnapshotDirectory(), arch), "*.verified.cs")
                .Select(System.IO.Path.GetFileName)
                .Where(name => !expected.Contains(name!))
                .Select(name => $"Snapshot {arch}/{name} belongs to no generated file; delete it.");
            failures.AddRange(stale);

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }
}
