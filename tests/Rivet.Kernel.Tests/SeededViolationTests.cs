using System;
using System.IO;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// Each interrupt-safety rule (docs/diagnostics.md) fails `dotnet build kernel` with its documented
    /// diagnostic: a file with one seeded violation is added to the kernel's own build (the
    /// RivetSeededViolation property of Rivet.Kernel.csproj), reached from a handler through a helper
    /// method where the rule follows calls. Intermediate files go to a scratch folder, and no image is linked.
    /// </summary>
    public class SeededViolationTests
    {
        private const string Handler = """
            using System.Threading.Tasks;
            using Rivet;
            using Rivet.Kernel.Traps;

            namespace Rivet.Kernel.Seeded
            {
                internal static class SeededViolation
                {
                    [InterruptHandler]
                    public static void OnSeededInterrupt(HartMeta hart) => Helper();

            """;

        [Theory]
        [InlineData("RIVET001", "static readonly object s_gate = new object(); static void Helper() { lock (s_gate) { } }")]
        [InlineData("RIVET002", "static int[]? s_last; static void Helper() { s_last = new int[4]; }")]
        [InlineData("RIVET003", "static Rivet.Kernel.Sync.SpinLock s_lock; static void Helper() { } static async Task Locked() { using (s_lock.Lock()) { await Task.CompletedTask; } }")]
        [InlineData("RIVET004", "[Blocking] static void WaitForever() { } static void Helper() => WaitForever();")]
        [InlineData("RIVET004", "static void Helper() => Rivet.Kernel.Tasks.KernelTask.Yield();")]
        [InlineData("RIVET004", "static void Helper() => Rivet.Kernel.Tasks.KernelTask.SleepUntil(0);")]
        public void Seeded_violation_fails_the_kernel_build(string diagnostic, string members)
        {
            string scratch = Path.Combine(Path.GetTempPath(), "rivet-seeded-" + diagnostic + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(scratch);
            try
            {
                string seeded = Path.Combine(scratch, "SeededViolation.cs");
                File.WriteAllText(seeded, Handler + "        " + members + "\n    }\n}\n");

                var (exitCode, output) = BuildKernel(seeded, scratch);

                Assert.True(exitCode != 0, "the kernel built despite the seeded violation:\n" + output);
                Assert.Contains("SeededViolation.cs(", output);
                Assert.Contains("error " + diagnostic + ":", output);
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        private static (int ExitCode, string Output) BuildKernel(string seededFile, string scratch)
        {
            string project = Path.Combine(KernelImage.Metadata("RivetRoot"), "kernel", "Rivet.Kernel.csproj");
            return DotnetBuild.Run(new[] { project, "-nologo", "-v:q", "-m:1", "-nodeReuse:false",
                "-c", KernelImage.Metadata("Configuration"), "-p:BuildProjectReferences=false",
                "-p:RivetSeededViolation=" + seededFile,
                // Intermediate files go to the scratch folder, and no image is linked: the build is expected to stop at Roslyn.
                "-p:IntermediateOutputPath=" + Path.Combine(scratch, "obj") + "/", "-p:RivetTarget=" });
        }
    }
}
