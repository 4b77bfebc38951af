using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Rivet.Compiler.Tests;

/// <summary>
/// Where the tests find things: the repository (baked in at build time), the corpus, the rivetc
/// build matching this test build's configuration, the .NET installation, and a scratch folder
/// inside this test project's output folder.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = ReadBuildMetadata("RivetRoot");

    public static string Configuration { get; } = ReadBuildMetadata("Configuration");

    public static string CorpusDirectory => Path.Combine(Root, "tests", "corpus");

    public static string RivetcDll =>
        Path.Combine(Root, "compiler", "rivetc", "bin", Configuration, "net10.0", "rivetc.dll");

    /// <summary>The runtime library and native runtime as rivetc's build lays them out beside it.</summary>
    public static string Corlib => Path.Combine(Path.GetDirectoryName(RivetcDll)!, "corlib", "System.Private.CoreLib.dll");

    public static string NativeRuntime => Path.Combine(Path.GetDirectoryName(RivetcDll)!, "runtime", "native");

    /// <summary>Scratch space for compiled programs and cached CoreCLR results.</summary>
    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "corpus-output");

    /// <summary>The dotnet installation running these tests (…/shared/Microsoft.NETCore.App/&lt;v&gt;/ is three levels down).</summary>
    public static string DotnetRoot { get; } =
        Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public static string DotnetExecutable => Path.Combine(DotnetRoot, "dotnet");

    /// <summary>The newest .NET 10 reference pack: packs/Microsoft.NETCore.App.Ref/10.*/ref/net10.0.</summary>
    public static string NetReferenceAssemblies { get; } = FindReferencePack();

    private static string FindReferencePack()
    {
        var packs = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var newest = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, "10.*")
                .Select(dir => (dir, version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : null))
                .Where(p => p.version is not null)
                .OrderByDescending(p => p.version)
                .Select(p => Path.Combine(p.dir, "ref", "net10.0"))
                .FirstOrDefault(Directory.Exists)
            : null;
        return newest ?? throw new InvalidOperationException($"No .NET 10 reference pack under {packs}");
    }

    private static string ReadBuildMetadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' missing: the .csproj sets it.");
}
