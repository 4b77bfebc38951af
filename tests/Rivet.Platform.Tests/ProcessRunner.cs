using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Rivet.Platform.Tests;

/// <summary>Runs a program to completion, capturing both output streams.</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(timeout);
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, standardOutput.Result, standardError.Result, TimedOut: !finished);
    }
}
