using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>
    /// Compilations of test sources against Rivet's corlib as the only reference. Members the
    /// generated code needs that corlib does not declare yet are added as stubs (see
    /// <see cref="CorlibStubs"/>), each only when corlib lacks it.
    /// </summary>
    public static class RivetCompilation
    {
        private static MetadataReference? s_corlib;

        public static MetadataReference Corlib => s_corlib ??= MetadataReference.CreateFromFile(RivetPaths.Corlib);

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Preview);

        public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> sources)
        {
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToList();
            var compilation = CSharpCompilation.Create(
                "RivetTest",
                trees,
                new[] { Corlib },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
            var stubs = CorlibStubs.Missing(compilation).ToList();
            return stubs.Count == 0
                ? compilation
                : compilation.AddSyntaxTrees(stubs.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Name)));
        }

        /// <summary>Every .cs file under <paramref name="directory"/>, with paths relative to the repository.</summary>
        public static IEnumerable<(string Path, string Text)> SourcesUnder(string directory) =>
            Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(RivetPaths.Root, p).Replace('\\', '/'), File.ReadAllText(p)));
    }
}
