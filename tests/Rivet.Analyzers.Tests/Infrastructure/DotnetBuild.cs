using System.Collections.Generic;
using System.Diagnostics;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>Runs `dotnet build` as a child process from a test and returns its exit code and output.</summary>
    internal static class DotnetBuild
    {
        public static (int ExitCode, string Output) Run(IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("build");
            foreach (string argument in arguments)
                start.ArgumentList.Add(argument);
            // The test host runs under MSBuild's environment; the child build must find its own SDK.
            foreach (string variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
                start.Environment.Remove(variable);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
    }
}
