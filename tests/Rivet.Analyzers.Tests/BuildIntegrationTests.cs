using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Analyzers.Tests
{
    /// <summary>
    /// tests/Rivet.AnalyzerSample built with dotnet build, as the kernel will be: the props files
    /// load both generators and analyzers, a violation fails the build at its source span, and
    /// RivetArch reaches the generators. Slow (a few seconds per build), so all in one class.
    /// </summary>
    public class BuildIntegrationTests
    {
        private static string Sample => Path.Combine(RivetPaths.Root, "tests", "Rivet.AnalyzerSample", "Rivet.AnalyzerSample.csproj");

        [Fact]
        public void Seeded_violation_fails_the_build_at_its_source_span()
        {
            var (exitCode, output) = Build();

            Assert.NotEqual(0, exitCode);
            Assert.Contains("SeededViolation.cs(11,57): error RIVET002: 'new string[]' allocates, but this code is reachable from handler 'Console.OnUart' via Console.Log", output);
        }

        [Theory]
        [InlineData("rv64", "(Raw >> 60) & (nuint)0xFu")]
        [InlineData("rv32", "(Raw >> 31) & (nuint)0x1u")]
        public void Clean_sample_builds_with_code_generated_for_the_architecture(string arch, string satpMode)
        {
            var generated = Path.Combine(Path.GetTempPath(), "rivet-sample-" + arch + "-" + Guid.NewGuid().ToString("N"));
            try
            {
                var (exitCode, output) = Build(
                    "-p:RivetSeedViolation=false", "-p:RivetArch=" + arch,
                    "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated);

                Assert.True(exitCode == 0, output);
                var satp = Directory.GetFiles(generated, "Rivet.Arch.RiscV.Satp.Csr.g.cs", SearchOption.AllDirectories);
                Assert.Contains(satpMode, File.ReadAllText(Assert.Single(satp)));
            }
            finally
            {
                if (Directory.Exists(generated))
                    Directory.Delete(generated, recursive: true);
            }
        }

        [Fact]
        public void Unknown_architecture_is_a_build_error()
        {
            var (exitCode, output) = Build("-p:RivetSeedViolation=false", "-p:RivetArch=arm");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("RivetArch must be rv64 or rv32, not 'arm'.", output);
        }

        private static (int ExitCode, string Output) Build(params string[] properties)
        {
            // The generators and analyzers were built with this test project, in its configuration;
            // not rebuilding them keeps the test from racing other builds of the same projects.
            var configuration = typeof(BuildIntegrationTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var arguments = new List<string> { Sample, "-nologo", "-v:q", "-m:1", "-nodeReuse:false", "--no-incremental",
                "-c", configuration, "-p:BuildProjectReferences=false" };
            arguments.AddRange(properties);
            // Build against the corlib the other tests use (already built), not a fresh corlib build.
            arguments.Add("-p:RivetCorlibPath=" + RivetPaths.Corlib);
            return DotnetBuild.Run(arguments);
        }
    }
}
