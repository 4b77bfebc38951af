using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rivet.Compiler.Targets;

namespace Rivet.Platform.Tests;

/// <summary>
/// Links the test programs through <see cref="Target.Link"/> (the program is the "generated C")
/// once per target and run, and runs them the way each target runs.
/// </summary>
internal static class TargetExecutables
{
    private static readonly ConcurrentDictionary<(string Program, string Target), Lazy<string>> Linked = new();

    public static string Link(string program, string targetName) =>
        Linked.GetOrAdd((program, targetName), key => new Lazy<string>(() =>
        {
            var output = Path.Combine(Repository.OutputFolder, $"{Path.GetFileNameWithoutExtension(key.Program)}-{key.Target}.elf");
            Target.Get(key.Target).Link(new LinkRequest(
                GeneratedC: Repository.Program(key.Program),
                OutputPath: output,
                OptimizationLevel: 2,
                NativeRuntimeDirectory: Repository.NativeRuntime,
                ExtraSources: [],
                LinkerScript: null));
            return output;
        })).Value;

    /// <summary>Runs a Linux-flavoured executable: natively for host, under qemu-user for RISC-V.</summary>
    public static ProcessResult Run(string targetName, string executable, params string[] arguments)
    {
        var (program, prefix) = targetName switch
        {
            "host" => (executable, Array.Empty<string>()),
            "rv64-linux" => ("qemu-riscv64", [executable]),
            "rv32-linux" => ("qemu-riscv32", [executable]),
            _ => throw new ArgumentException($"{targetName} does not run as a process", nameof(targetName)),
        };
        return ProcessRunner.Run(program, prefix.Concat(arguments), TimeSpan.FromSeconds(60));
    }
}
