using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Rivet.Platform.Tests;

/// <summary>The host and RISC-V Linux platforms, through Programs/probe.c.</summary>
public sealed class ProcessPlatformTests
{
    private const string Probe = "probe.c";

    public static TheoryData<string> ProcessTargets => new() { "host", "rv64-linux", "rv32-linux" };

    private static ProcessResult RunProbe(string target, params string[] arguments) =>
        TargetExecutables.Run(target, TargetExecutables.Link(Probe, target), arguments);

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void Arguments_ReachRivetMain_AndItsResultIsTheExitStatus(string target)
    {
        string[] words = ["first", "with space", "ünïcødé", ""];

        var result = RunProbe(target, ["echo", .. words]);

        Assert.Equal(string.Concat(words.Select(w => w + "\n")), result.StandardOutput);
        Assert.Equal(words.Length + 2, result.ExitStatus);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void ExitStatus_IsPassedThrough(string target)
    {
        foreach (var status in new[] { 0, 1, 42, 134, 255 })
            Assert.Equal(status, RunProbe(target, "exit", status.ToString()).ExitStatus);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void StandardError_IsFileDescriptorTwo(string target)
    {
        var result = RunProbe(target, "stderr", "to the error stream");

        Assert.Equal("to the error stream\n", result.StandardError);
        Assert.Equal("", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void LargeWrite_ArrivesWhole(string target)
    {
        const int bytes = 3 << 20;

        var output = RunProbe(target, "bulk", bytes.ToString()).StandardOutput;

        Assert.Equal(bytes, output.Length);
        Assert.True(output == new string(Enumerable.Range(0, bytes).Select(i => (char)('a' + i % 26)).ToArray()),
            "the bytes arrived out of order or changed");
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void LargeAllocation_IsZeroedAndPageAligned(string target)
    {
        var result = RunProbe(target, "alloc", "256");

        Assert.Equal("zeroed aligned\n", result.StandardOutput);
        Assert.Equal(0, result.ExitStatus);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void ThreadStatic_KeepsItsInitialValueAndZeroFill(string target)
    {
        const int times = 37;

        var result = RunProbe(target, "tls", times.ToString());

        Assert.Equal($"{1000 + times} {2 * times}\n", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void Backtrace_GrowsByOneAddressPerFrame(string target)
    {
        int Depth(int frames) => int.Parse(RunProbe(target, "backtrace", frames.ToString()).StandardOutput);

        var shallow = Depth(0);
        var deep = Depth(25);

        // At least the recursion's own frame and rivet_main's.
        Assert.True(shallow >= 2, $"a backtrace from rivet_main's callee reported {shallow} addresses");
        Assert.Equal(shallow + 25, deep);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void MathLibrary_IsLinkedAndComputes(string target)
    {
        const int x = 19;

        var fields = RunProbe(target, "math", x.ToString()).StandardOutput.Trim().Split(' ');

        double[] expected = [Math.Sqrt(x), Math.Sin(x), Math.Pow(x, 1.5), x % 0.7];
        Assert.Equal(5, fields.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            // Truncated to millionths; libms may differ in the last bit, which can move the truncation by one.
            var scaled = (long)(expected[i] * 1e6);
            Assert.InRange(long.Parse(fields[i]), scaled - 1, scaled + 1);
        }
        Assert.Equal("nan", fields[4]);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void SixtyFourBitDivision_Works(string target)
    {
        const long dividend = 9_000_000_000_123L, divisor = 4_294_967_311L;

        var result = RunProbe(target, "divide", dividend.ToString(), divisor.ToString());

        Assert.Equal($"{dividend / divisor} {dividend % divisor}\n", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(ProcessTargets))]
    public void SubwordAndDoublewordAtomics_ChangeOnlyTheirValue(string target)
    {
        // The probe's cells before: bytes 0x11, 250, 0x22, 0x33; halves 0x4444, 65530; wide 0xffffffff.
        byte[] bytes = [0x11, 250, 0x22, 0x33];
        ushort[] halves = [0x4444, 65530];
        ulong wide = 0xffff_ffff;
        List<long> expected = [];

        expected.Add(bytes[1]); bytes[1] += 10;
        expected.Add(bytes[3]); bytes[3] = (byte)~(bytes[3] & 0x0f);
        expected.Add(halves[1]); halves[1] = 0xbeef;
        expected.Add(1); halves[1] = 7;                   // compare-exchange 0xbeef → 7 succeeds
        expected.Add(0); expected.Add(halves[1]);          // compare-exchange 1 → 9 fails, sees 7
        expected.Add((long)wide); wide += 2;
        expected.Add((long)wide); wide = 0x1234_5678_9abc_def0;
        expected.Add(1); wide = 42;
        expected.Add((long)wide); wide ^= 0xffff_0000_0000;
        expected.Add((long)wide);
        expected.AddRange(bytes.Select(b => (long)b));
        expected.Add(halves[0]);

        var result = RunProbe(target, "atomics");

        Assert.Equal(string.Join(' ', expected) + "\n", result.StandardOutput);
    }
}
