using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>
    /// Device trees produced by QEMU itself (`-machine dumpdtb=`), for the configuration the
    /// kernel is booted with (`-machine virt -bios none`). Each configuration is dumped once per test run.
    /// </summary>
    internal static class QemuDeviceTree
    {
        private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

        public static byte[] Dump(string arch, int harts, int memoryMiB, string? bootArguments = null)
        {
            string key = $"{arch}-{harts}-{memoryMiB}-{bootArguments}";
            return Cache.GetOrAdd(key, _ => RunQemu(arch, harts, memoryMiB, bootArguments));
        }

        private static byte[] RunQemu(string arch, int harts, int memoryMiB, string? bootArguments)
        {
            string emulator = arch == "rv32" ? "qemu-system-riscv32" : "qemu-system-riscv64";
            string path = Path.Combine(Path.GetTempPath(), $"rivet-kernel-tests-{Environment.ProcessId}-{arch}-{harts}-{memoryMiB}.dtb");
            var start = new ProcessStartInfo(emulator)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-machine", "virt", "-bios", "none", "-nographic", "-smp", harts.ToString(), "-m", $"{memoryMiB}M", "-machine", $"dumpdtb={path}" })
                start.ArgumentList.Add(argument);
            string? kernelFile = null;
            if (bootArguments != null)
            {
                // QEMU accepts -append only together with -kernel; any small image will do for a dump.
                kernelFile = Path.ChangeExtension(path, ".bin");
                File.WriteAllBytes(kernelFile, new byte[64]);
                foreach (string argument in new[] { "-kernel", kernelFile, "-append", bootArguments })
                    start.ArgumentList.Add(argument);
            }
            using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {emulator}");
            string stderr = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (kernelFile != null) File.Delete(kernelFile);
            if (process.ExitCode != 0 || !File.Exists(path))
                throw new InvalidOperationException($"{emulator} failed to dump its device tree (exit {process.ExitCode}): {stderr}");
            byte[] blob = File.ReadAllBytes(path);
            File.Delete(path);
            return blob;
        }
    }
}
