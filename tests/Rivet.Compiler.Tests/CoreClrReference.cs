using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Rivet.Compiler.Tests;

/// <summary>
/// The expected behaviour of a corpus program: compiled by Roslyn against the .NET 10 reference
/// assemblies (/unsafe, optimized) and run on CoreCLR. Results are cached on disk under the test
/// output folder, keyed by a hash of the source and of everything else that shapes the result.
/// </summary>
internal static class CoreClrReference
{
    private static readonly ConcurrentDictionary<string, Lazy<ProcessResult>> InProcess = new();

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        Directory.GetFiles(RepositoryLayout.NetReferenceAssemblies, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>Environment for the reference run: no ICU (culture-free formatting), no crash dumps.</summary>
    private static readonly Dictionary<string, string> RunEnvironment = new()
    {
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        ["DOTNET_DbgEnableMiniDump"] = "0",
    };

    public static ProcessResult Run(string sourcePath) =>
        InProcess.GetOrAdd(Path.GetFullPath(sourcePath), path => new Lazy<ProcessResult>(() => RunCached(path))).Value;

    private static ProcessResult RunCached(string sourcePath)
    {
        var source = File.ReadAllText(sourcePath);
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        var cache = Path.Combine(RepositoryLayout.OutputDirectory, "coreclr", $"{name}.{CacheKey(source)}");
        var stdoutFile = Path.Combine(cache, "stdout.bin");
        var stderrFile = Path.Combine(cache, "stderr.txt");
        var exitFile = Path.Combine(cache, "exit-status.txt");
        if (File.Exists(exitFile))
            return new ProcessResult(File.ReadAllBytes(stdoutFile), File.ReadAllText(stderrFile),
                int.Parse(File.ReadAllText(exitFile)), TimedOut: false);

        // Build in a private folder, publish it by renaming, so a half-written cache is never read.
        var work = cache + ".tmp-" + Environment.ProcessId;
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        var dll = Path.Combine(work, name + ".dll");
        Compile(sourcePath, source, name, dll);
        File.WriteAllText(Path.Combine(work, name + ".runtimeconfig.json"), RuntimeConfig);

        var result = ProcessRunner.Run(RepositoryLayout.DotnetExecutable, new[] { dll }, work, RunEnvironment);
        if (result.TimedOut)
            throw new InvalidOperationException(
                $"{name} timed out on CoreCLR after {ProcessRunner.DefaultTimeout.TotalSeconds} s: the program itself is wrong.");

        File.WriteAllBytes(Path.Combine(work, "stdout.bin"), result.Stdout);
        File.WriteAllText(Path.Combine(work, "stderr.txt"), result.Stderr);
        File.WriteAllText(Path.Combine(work, "exit-status.txt"), result.ExitCode.ToString());
        try
        {
            Directory.Move(work, cache);
        }
        catch (IOException) when (File.Exists(exitFile))
        {
            Directory.Delete(work, recursive: true); // another test process published the same result
        }
        return result;
    }

    private static void Compile(string sourcePath, string source, string name, string dllPath)
    {
        var tree = CSharpSyntaxTree.ParseText(source,
            new CSharpParseOptions(LanguageVersion.Latest), path: sourcePath, encoding: Encoding.UTF8);
        var compilation = CSharpCompilation.Create(name, new[] { tree }, References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: true,
                deterministic: true));
        var emit = compilation.Emit(dllPath);
        if (!emit.Success)
        {
            var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException(
                $"Roslyn rejected {name}.cs:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    /// <summary>Runs on the installed .NET 10 runtime whatever its patch level.</summary>
    private const string RuntimeConfig =
        """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}""";

    /// <summary>Source text plus the reference pack and runtime that produce the result.</summary>
    private static string CacheKey(string source)
    {
        var identity = string.Join("\n", source, RepositoryLayout.NetReferenceAssemblies,
            System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), RuntimeConfig);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16].ToLowerInvariant();
    }
}
