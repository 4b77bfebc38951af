using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;

namespace Rivet.Compiler.Targets;

/// <summary>Runs one toolchain program (GCC) and turns any failure into a <see cref="ToolchainException"/>.</summary>
internal static class ToolProcess
{
    public static void Run(string program, IReadOnlyList<string> arguments, string? workingDirectory = null) =>
        Output(program, arguments, workingDirectory);

    /// <summary>Runs the program and returns what it wrote to standard output.</summary>
    public static string Output(string program, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var commandLine = ShellQuoted(program, arguments);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new ToolchainException(commandLine, $"Could not start {program}: {e.Message}", e);
        }

        using (process)
        {
            // Read both streams concurrently so that neither pipe can fill and stall the tool.
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            var standardError = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new ToolchainException(commandLine, process.ExitCode, standardOutput.Result + standardError);
            return standardOutput.Result;
        }
    }

    /// <summary>The command as it would be typed in a POSIX shell.</summary>
    public static string ShellQuoted(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_=./,+:@".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''") + "'";
}
