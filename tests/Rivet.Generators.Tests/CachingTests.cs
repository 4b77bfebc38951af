using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Rivet.Generators.Common;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>
    /// The generators' pipelines cache: an edit that does not touch a declaration regenerates
    /// nothing, and a changed XLEN re-emits without re-reading the declarations.
    /// </summary>
    public class CachingTests
    {
        public static IEnumerable<object[]> Generators() =>
            GeneratorRun.All().Select(g => new object[] { g.GetType().Name });

        [Theory]
        [MemberData(nameof(Generators))]
        public void Unrelated_edit_regenerates_nothing(string generatorName)
        {
            var compilation = Declarations.Compile();
            var driver = GeneratorRun.Driver("rv64", Generator(generatorName)).RunGenerators(compilation);

            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Unrelated { public static class Code { public static int Answer() => 42; } }", RivetCompilation.ParseOptions));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            Assert.NotEmpty(result.GeneratedSources);
            AssertAll(result.TrackedSteps[TrackingNames.Declarations], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached);
        }

        [Fact]
        public void Editing_one_csr_regenerates_only_that_csr()
        {
            var compilation = Declarations.Compile();
            var driver = GeneratorRun.Driver("rv64", new Csr.CsrGenerator()).RunGenerators(compilation);
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("SupervisorCsrs.cs"));
            var text = tree.GetText().ToString().Replace("[CsrField(\"Seie\", 9)]\n    public partial struct Sie;", "[CsrField(\"Seie\", 9)]\n    [CsrField(\"Lcofie\", 13)]\n    public partial struct Sie;");
            Assert.Contains("Lcofie", text);

            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            var reasons = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.Contains("Lcofie", result.GeneratedSources.Single(s => s.HintName == "Rivet.Arch.RiscV.Sie.Csr.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Editing_a_nested_layout_in_another_file_relays_out_its_container()
        {
            const string outer = """
                using Rivet;
                namespace N
                {
                    [FixedLayout]
                    [FixedLayoutField("Head", typeof(byte))]
                    [FixedLayoutField("Inner", typeof(Inner))]
                    public partial struct Outer;
                }
                """;
            const string inner = """
                using Rivet;
                namespace N
                {
                    [FixedLayout]
                    [FixedLayoutField("Value", typeof(ushort))]
                    public partial struct Inner;
                }
                """;
            var compilation = RivetCompilation.Create(new[] { ("Outer.cs", outer), ("Inner.cs", inner) });
            var driver = GeneratorRun.Driver("rv64", new FixedLayout.FixedLayoutGenerator()).RunGenerators(compilation);
            var innerTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Inner.cs");

            var edited = compilation.ReplaceSyntaxTree(innerTree,
                innerTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(inner.Replace("typeof(ushort)", "typeof(ulong)"))));
            driver.RunGeneratorsAndUpdateCompilation(edited, out var updated, out _);

            Assert.Equal(8, Constants.Int(updated, "N.OuterLayout", "Inner"));
            Assert.Equal(16, Constants.Int(updated, "N.OuterLayout", "Size"));
        }

        [Theory]
        [InlineData(nameof(Csr.CsrGenerator))]
        [InlineData(nameof(TrapFrame.TrapFrameGenerator))]
        public void Changing_the_architecture_reemits_from_cached_declarations(string generatorName)
        {
            var compilation = Declarations.Compile();
            var driver = GeneratorRun.Driver("rv64", Generator(generatorName)).RunGenerators(compilation);

            var result = driver.WithUpdatedAnalyzerConfigOptions(BuildProperties.ForArch("rv32"))
                .RunGenerators(compilation).GetRunResult().Results.Single();

            AssertAll(result.TrackedSteps[TrackingNames.Declarations], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            AssertAll(result.TrackedSteps[TrackingNames.PerTarget], IncrementalStepRunReason.Modified);
            Assert.All(result.GeneratedSources, s => Assert.Contains("XLEN=32", s.SourceText.ToString()));
        }

        private static IIncrementalGenerator Generator(string name) => GeneratorRun.All().Single(g => g.GetType().Name == name);

        private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
        {
            var outputs = steps.SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Contains(o.Reason, allowed));
        }
    }
}
