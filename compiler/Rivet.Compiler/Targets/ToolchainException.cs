using System;

namespace Rivet.Compiler.Targets;

/// <summary>GCC (or the linker it drives) failed, or could not be started.</summary>
public sealed class ToolchainException : Exception
{
    public ToolchainException(string commandLine, int exitStatus, string standardError)
        : base($"The toolchain failed with exit status {exitStatus}:{Environment.NewLine}{commandLine}{Environment.NewLine}{standardError}")
    {
        CommandLine = commandLine;
        ExitStatus = exitStatus;
        StandardError = standardError;
    }

    public ToolchainException(string commandLine, string problem, Exception? inner = null)
        : base($"{problem}{Environment.NewLine}{commandLine}", inner)
    {
        CommandLine = commandLine;
        ExitStatus = null;
        StandardError = "";
    }

    /// <summary>The command as it would be typed in a shell.</summary>
    public string CommandLine { get; }

    /// <summary>The tool's exit status, or null when it did not run.</summary>
    public int? ExitStatus { get; }

    public string StandardError { get; }
}
