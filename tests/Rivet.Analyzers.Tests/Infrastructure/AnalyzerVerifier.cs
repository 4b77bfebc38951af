using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Rivet.Tests.Infrastructure;

namespace Rivet.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs an analyzer over test code with Microsoft.CodeAnalysis.CSharp.Analyzer.Testing, with
    /// Rivet's corlib as the only reference and the support sources test code may need.
    /// </summary>
    public static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>No reference assemblies from NuGet: the compilation sees only Rivet's corlib.</summary>
        private static readonly ReferenceAssemblies s_noReferenceAssemblies = new ReferenceAssemblies("net10.0-rivet");

        public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = s_noReferenceAssemblies,
            };
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(RivetPaths.Corlib));
            foreach (var (name, text) in TestSupport.Sources(RivetPaths.Corlib))
                test.TestState.Sources.Add((name, text));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
