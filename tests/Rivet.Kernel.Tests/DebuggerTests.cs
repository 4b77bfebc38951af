using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// What `build.ps1 debug` promises: gdb-multiarch, attached to QEMU's gdb server with the
    /// kernel's symbols, stops at a breakpoint set on a C# line, shows the C# frame, and steps to
    /// the next C# line. The line is found in the source, not hard-coded.
    /// </summary>
    public class DebuggerTests
    {
        private const string Statement = "InitializeMemory(ref platform);";

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void GdbStopsAtACSharpLineAndStepsToTheNext(string arch)
        {
            string source = Path.Combine(KernelImage.Metadata("RivetRoot"), "kernel", "Startup", "KernelMain.cs");
            int line = Array.FindIndex(File.ReadAllLines(source), l => l.Trim() == Statement) + 1;
            Assert.True(line > 0, $"'{Statement}' is not in {source}");
            string elf = KernelImage.Require(arch);
            int port = FreePort();

            using var qemu = Process.Start(new ProcessStartInfo(arch == "rv32" ? "qemu-system-riscv32" : "qemu-system-riscv64")
            {
                ArgumentList = { "-machine", "virt", "-bios", "none", "-nographic", "-smp", "1", "-m", "128M", "-kernel", elf, "-gdb", $"tcp:127.0.0.1:{port}", "-S" },
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            try
            {
                WaitUntilListening(port);
                string output = RunGdb(elf, port, $"break KernelMain.cs:{line}", "continue", "bt 1", "next", "info line");
                Assert.Matches(new Regex($@"Breakpoint 1, KernelMain__Main \(\) at \S*kernel/Startup/KernelMain\.cs:{line}"), output);
                Assert.Matches(new Regex($@"#0 +KernelMain__Main \(\) at \S*KernelMain\.cs:{line}"), output);
                Match stepped = Regex.Match(output, @"Line (\d+) of ""\S*kernel/Startup/KernelMain\.cs""");
                Assert.True(stepped.Success, "gdb's `next` did not stop on a KernelMain.cs line:\n" + output);
                Assert.True(int.Parse(stepped.Groups[1].Value) > line, "`next` did not move to a later C# line:\n" + output);
            }
            finally
            {
                if (!qemu.HasExited) qemu.Kill();
                qemu.WaitForExit();
            }
        }

        private static string RunGdb(string elf, int port, params string[] commands)
        {
            var start = new ProcessStartInfo("gdb-multiarch")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-batch", "-nx", "-ex", "set pagination off", "-ex", $"file {elf}", "-ex", $"target remote 127.0.0.1:{port}" })
                start.ArgumentList.Add(argument);
            foreach (string command in commands)
            {
                start.ArgumentList.Add("-ex");
                start.ArgumentList.Add(command);
            }
            using var gdb = Process.Start(start)!;
            var error = gdb.StandardError.ReadToEndAsync();
            string output = gdb.StandardOutput.ReadToEnd();
            if (!gdb.WaitForExit(QemuMachine.Limit))
            {
                gdb.Kill();
                throw new TimeoutException("gdb did not finish:\n" + output);
            }
            return output + error.Result;
        }

        /// <summary>QEMU opens its gdb server as it starts; gdb gives up at once if it is not there yet.</summary>
        private static void WaitUntilListening(int port)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (true)
            {
                try
                {
                    using var probe = new TcpClient();
                    probe.Connect(IPAddress.Loopback, port);
                    return;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    System.Threading.Thread.Sleep(50);
                }
            }
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
