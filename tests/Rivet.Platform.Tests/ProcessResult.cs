namespace Rivet.Platform.Tests;

/// <summary>How a finished (or killed) process ended.</summary>
internal sealed record ProcessResult(int ExitStatus, string StandardOutput, string StandardError, bool TimedOut);
