using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Rivet.Platform.Tests;

/// <summary>Paths in the Rivet checkout this test assembly was built from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RivetRoot").Value!;

    public static string NativeRuntime => Path.Combine(Root, "runtime", "native");

    public static string Program(string fileName) =>
        Path.Combine(Root, "tests", "Rivet.Platform.Tests", "Programs", fileName);

    /// <summary>Where the linked test programs go: beside the test assembly, rebuilt by every run.</summary>
    public static string OutputFolder { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "programs")).FullName;
}
