namespace Rivet.Compiler.Tests;

/// <summary>What one run of a program produced. Stdout stays raw bytes so the comparison is exact.</summary>
internal sealed record ProcessResult(byte[] Stdout, string Stderr, int ExitCode, bool TimedOut);
