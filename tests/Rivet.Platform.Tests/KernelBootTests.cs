using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Rivet.Platform.Tests;

/// <summary>
/// The kernel platform's boot stage, through Programs/kernel_smoke.c booted with
/// <c>qemu-system-riscv64/32 -machine virt -bios none</c>.
/// </summary>
public sealed class KernelBootTests
{
    private const string Smoke = "kernel_smoke.c";
    private static readonly TimeSpan BootTimeout = TimeSpan.FromSeconds(30);

    private static ProcessResult Boot(string target, int harts, string? commandLine = null, bool sstc = true)
    {
        var kernel = TargetExecutables.Link(Smoke, target);
        var (emulator, cpu) = target == "rv64-kernel" ? ("qemu-system-riscv64", "rv64") : ("qemu-system-riscv32", "rv32");
        List<string> arguments =
        [
            "-machine", "virt", "-bios", "none", "-m", "128M", "-smp", harts.ToString(),
            "-cpu", $"{cpu},sstc={(sstc ? "true" : "false")}",
            "-display", "none", "-serial", "stdio", "-monitor", "none",
            "-kernel", kernel,
        ];
        if (commandLine is not null) arguments.AddRange(["-append", commandLine]);
        var result = ProcessRunner.Run(emulator, arguments, BootTimeout);
        Assert.False(result.TimedOut, $"{emulator} did not finish within {BootTimeout.TotalSeconds} s; console:\n{result.StandardOutput}");
        return result;
    }

    /// <summary>The lines the smoke program prints when every hart reports, in any interleaving.</summary>
    private static void AssertEveryHartReported(ProcessResult result, int harts)
    {
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var backtrace = Regex.Match(result.StandardOutput, @"^backtrace (\d+) (\d+)$", RegexOptions.Multiline);
        Assert.True(backtrace.Success, $"no backtrace line in:\n{result.StandardOutput}");
        var (shallow, deep) = (int.Parse(backtrace.Groups[1].Value), int.Parse(backtrace.Groups[2].Value));
        Assert.True(shallow >= 2, $"a backtrace from rivet_main's callee reported {shallow} addresses");
        Assert.Equal(shallow + 5, deep);

        var boot = Regex.Match(result.StandardOutput, @"^hart (\d+) boots$", RegexOptions.Multiline);
        Assert.True(boot.Success, $"no boot hart line in:\n{result.StandardOutput}");
        var bootHart = int.Parse(boot.Groups[1].Value);

        // Every hart added 2^32 + 1 to the 8-byte value, 1 to the 2-byte value and 1 to its own byte, K times.
        var atomics = Regex.Match(result.StandardOutput, @"^atomics (\d+) ", RegexOptions.Multiline);
        Assert.True(atomics.Success, $"no atomics line in:\n{result.StandardOutput}");
        var rounds = long.Parse(atomics.Groups[1].Value);
        var wide = (ulong)(harts * rounds) * ((1UL << 32) + 1);
        var bytes = Enumerable.Range(0, 8).Select(h => h < harts ? rounds % 256 : 0);
        var atomicsLine = $"atomics {rounds} {wide >> 32}:{(uint)wide} {harts * rounds % 65536} {string.Join(' ', bytes)}";

        var others = Enumerable.Range(0, harts).Where(h => h != bootHart).ToArray();
        string[] expected =
        [
            $"hart {bootHart} boots",
            $"harts {harts}",
            .. others.Select(h => $"hart {h} up tls 12345 1 pending 0"),
            .. others.Select(h => $"hart {h} ipi"),
            $"boot hart tls {bootHart}",
            atomicsLine,
            "timer fired",
            "traps 0:3 1:5",
            "pages zeroed aligned, too many refused",
            "take over: platform pages end below, provider asked for 8192",
            backtrace.Value,
            "done",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Order(StringComparer.Ordinal));
        Assert.Equal("done", lines[^1]);
    }

    public static TheoryData<string, int> TargetsAndHarts => new()
    {
        { "rv64-kernel", 1 }, { "rv64-kernel", 4 }, { "rv32-kernel", 1 }, { "rv32-kernel", 4 },
    };

    [Theory]
    [MemberData(nameof(TargetsAndHarts))]
    public void EveryHartStartsAndTheRunPasses(string target, int harts)
    {
        var result = Boot(target, harts);

        AssertEveryHartReported(result, harts);
        Assert.Equal(0, result.ExitStatus);
    }

    [Theory]
    [InlineData("rv64-kernel")]
    [InlineData("rv32-kernel")]
    public void MachineTimerIsForwardedWithoutSstc(string target)
    {
        var result = Boot(target, harts: 2, sstc: false);

        AssertEveryHartReported(result, 2);
        Assert.Equal(0, result.ExitStatus);
    }

    [Theory]
    [InlineData("rv64-kernel", 3)]
    [InlineData("rv32-kernel", 77)]
    public void NonzeroStatusEndsQemuWithThatStatus(string target, int status)
    {
        var result = Boot(target, harts: 1, commandLine: status.ToString());

        Assert.EndsWith("done\n", result.StandardOutput);
        Assert.Equal(status, result.ExitStatus);
    }
}
