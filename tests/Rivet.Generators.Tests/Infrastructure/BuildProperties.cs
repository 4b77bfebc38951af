using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>Compiler-visible MSBuild properties (build_property.*) as a generator sees them.</summary>
    public sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public BuildProperties(IReadOnlyDictionary<string, string> properties)
        {
            var values = new Dictionary<string, string>();
            foreach (var (name, value) in properties)
                values["build_property." + name] = value;
            _global = new Options(values);
        }

        public static BuildProperties ForArch(string arch) =>
            new BuildProperties(new Dictionary<string, string> { ["RivetArch"] = arch });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new Options(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) { _values = values; }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
                _values.TryGetValue(key, out value);
        }
    }
}
