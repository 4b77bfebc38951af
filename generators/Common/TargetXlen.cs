using Microsoft.CodeAnalysis;

namespace Rivet.Generators.Common
{
    /// <summary>
    /// The target's register width, from the compiler-visible MSBuild property <c>RivetArch</c>
    /// (<c>rv64</c>, the default, or <c>rv32</c>; see Rivet.Generators.props).
    /// </summary>
    internal static class TargetXlen
    {
        public const string PropertyKey = "build_property.RivetArch";

        public static IncrementalValueProvider<int> Provider(IncrementalGeneratorInitializationContext context) =>
            context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
                options.GlobalOptions.TryGetValue(PropertyKey, out var arch) && arch.Trim().ToLowerInvariant() == "rv32" ? 32 : 64);
    }
}
