using System;
using System.Text;
using Xunit;

namespace Rivet.Compiler.Tests;

/// <summary>
/// One corpus program on one target: rivetc's build must print exactly CoreCLR's stdout and end
/// with exactly its exit status. Stderr is free, except that an unhandled exception (status 134)
/// must be reported with CoreCLR's first words, "Unhandled exception. &lt;type&gt;: ".
/// Each target is its own test class, so xunit runs the targets in parallel (capped at the core
/// count by xunit.runner.json) while one target's programs run one after another.
/// </summary>
public abstract class DifferentialTest
{
    private const int UnhandledExceptionStatus = 134;
    private const string UnhandledPrefix = "Unhandled exception. ";

    private protected abstract RivetTarget Target { get; }

    [Theory]
    [MemberData(nameof(CorpusPrograms.All), MemberType = typeof(CorpusPrograms))]
    public void Matches_CoreCLR(string program)
    {
        var source = CorpusPrograms.PathOf(program);
        var expected = CoreClrReference.Run(source);

        var (binary, compilerOutput) = RivetToolchain.Compile(source, Target);
        if (binary is null)
            Assert.Fail($"rivetc could not build {program} for {Target}.{Environment.NewLine}{compilerOutput}");

        var actual = RivetToolchain.Run(binary, Target);
        if (actual.TimedOut)
            Assert.Fail($"{program} on {Target} did not finish within {ProcessRunner.DefaultTimeout.TotalSeconds} s." +
                        Environment.NewLine + Report(expected, actual, compilerOutput));

        if (!expected.Stdout.AsSpan().SequenceEqual(actual.Stdout) || expected.ExitCode != actual.ExitCode)
            Assert.Fail($"{program} on {Target} differs from CoreCLR." + Environment.NewLine +
                        Report(expected, actual, compilerOutput));

        if (expected.ExitCode == UnhandledExceptionStatus)
        {
            var prefix = UnhandledPrefix + UnhandledExceptionType(program, expected.Stderr) + ": ";
            if (!actual.Stderr.StartsWith(prefix, StringComparison.Ordinal))
                Assert.Fail($"{program} on {Target}: stderr should start with \"{prefix}\" as CoreCLR's does." +
                            Environment.NewLine + Report(expected, actual, compilerOutput));
        }
    }

    /// <summary>The type in CoreCLR's "Unhandled exception. System.X: message" line.</summary>
    private static string UnhandledExceptionType(string program, string coreClrStderr)
    {
        var separator = coreClrStderr.IndexOf(": ", StringComparison.Ordinal);
        if (!coreClrStderr.StartsWith(UnhandledPrefix, StringComparison.Ordinal) || separator < 0)
            throw new InvalidOperationException(
                $"{program} exits with {UnhandledExceptionStatus} on CoreCLR without an unhandled exception report: {coreClrStderr}");
        return coreClrStderr[UnhandledPrefix.Length..separator];
    }

    private static string Report(ProcessResult expected, ProcessResult actual, string compilerOutput)
    {
        var text = new StringBuilder();
        text.AppendLine($"exit status: CoreCLR {expected.ExitCode}, Rivet {actual.ExitCode}");
        var expectedText = Encoding.UTF8.GetString(expected.Stdout);
        var actualText = Encoding.UTF8.GetString(actual.Stdout);
        if (expectedText == actualText && !expected.Stdout.AsSpan().SequenceEqual(actual.Stdout))
            text.AppendLine("stdout: the bytes differ but decode to the same text (invalid UTF-8?)");
        else if (expectedText != actualText)
            text.Append(UnifiedDiff.Create(expectedText, actualText, "stdout (CoreCLR)", "stdout (Rivet)"));
        else
            text.AppendLine("stdout: identical");
        text.AppendLine("stderr (Rivet):").AppendLine(Truncate(actual.Stderr));
        text.AppendLine("stderr (CoreCLR):").AppendLine(Truncate(expected.Stderr));
        text.Append(Truncate(compilerOutput));
        return text.ToString();
    }

    private static string Truncate(string text, int limit = 4000) =>
        text.Length <= limit ? text : text[..limit] + $"… ({text.Length - limit} more characters)";
}

public sealed class HostCorpus : DifferentialTest
{
    private protected override RivetTarget Target => RivetTarget.Host;
}

public sealed class Rv64LinuxCorpus : DifferentialTest
{
    private protected override RivetTarget Target => RivetTarget.Rv64Linux;
}

public sealed class Rv32LinuxCorpus : DifferentialTest
{
    private protected override RivetTarget Target => RivetTarget.Rv32Linux;
}
