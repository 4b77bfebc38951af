using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Rivet.Generators.BitNumbers;
using Rivet.Generators.Csr;
using Rivet.Generators.FixedLayout;
using Rivet.Generators.RegisterMap;
using Rivet.Generators.TrapFrame;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>Runs Rivet's generators over a compilation for one architecture.</summary>
    public static class GeneratorRun
    {
        public static IIncrementalGenerator[] All() => new IIncrementalGenerator[]
        {
            new CsrGenerator(), new TrapFrameGenerator(), new FixedLayoutGenerator(),
            new RegisterMapGenerator(), new BitNumbersGenerator(),
        };

        public static GeneratorDriver Driver(string arch, params IIncrementalGenerator[] generators) =>
            CSharpGeneratorDriver.Create(
                generators.Select(GeneratorExtensions.AsSourceGenerator),
                parseOptions: RivetCompilation.ParseOptions,
                optionsProvider: BuildProperties.ForArch(arch),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>The compilation with generated sources added, and the generated sources by hint name.</summary>
        public static (Compilation Output, ImmutableDictionary<string, string> Generated) Run(Compilation input, string arch)
        {
            var driver = Driver(arch, All()).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
            var generated = driver.GetRunResult().Results
                .SelectMany(r => r.GeneratedSources)
                .ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
            return (output, generated);
        }

        /// <summary>Errors and warnings of a compilation, formatted for an assertion message.</summary>
        public static IReadOnlyList<string> Problems(Compilation compilation) =>
            compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(d => d.ToString())
                .ToList();
    }
}
