using System;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// One run of the kernel in qemu-system-riscv64/32 -machine virt -bios none -nographic: the
    /// serial console is the process's stdin/stdout. A run that does not end on its own within
    /// <see cref="Limit"/> is killed (a hang guard, not a timing assertion).
    /// </summary>
    internal sealed class QemuMachine : IDisposable
    {
        public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

        private readonly Process _process;
        private readonly StringBuilder _console = new();
        private readonly object _gate = new();

        /// <param name="disks">Raw images attached as virtio-blk devices, in order: QEMU virt gives the first the highest virtio-mmio transport, which the device tree lists first.</param>
        /// <param name="modernVirtio">virtio-mmio version 2 (virtio-mmio.force-legacy=false) instead of QEMU's default legacy version 1.</param>
        public QemuMachine(string arch, int harts, int memoryMiB, string? bootArguments = null, string? deviceTree = null,
            VirtualDisk[]? disks = null, bool modernVirtio = false)
        {
            var start = new ProcessStartInfo(arch == "rv32" ? "qemu-system-riscv32" : "qemu-system-riscv64")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-machine", "virt", "-bios", "none", "-nographic", "-smp", harts.ToString(), "-m", $"{memoryMiB}M", "-kernel", KernelImage.Require(arch) })
                start.ArgumentList.Add(argument);
            if (deviceTree != null)
            {
                start.ArgumentList.Add("-dtb");
                start.ArgumentList.Add(deviceTree);
            }
            if (modernVirtio)
            {
                start.ArgumentList.Add("-global");
                start.ArgumentList.Add("virtio-mmio.force-legacy=false");
            }
            for (int i = 0; i < (disks?.Length ?? 0); i++)
            {
                start.ArgumentList.Add("-drive");
                start.ArgumentList.Add($"file={disks![i].Path},if=none,format=raw,id=disk{i}{(disks[i].ReadOnly ? ",readonly=on" : "")}");
                start.ArgumentList.Add("-device");
                start.ArgumentList.Add($"virtio-blk-device,drive=disk{i}");
            }
            if (bootArguments != null)
            {
                start.ArgumentList.Add("-append");
                start.ArgumentList.Add(bootArguments);
            }
            _process = Process.Start(start) ?? throw new InvalidOperationException("could not start QEMU");
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Console
        {
            get { lock (_gate) return _console.ToString(); }
        }

        /// <summary>Waits for the machine to power off; returns QEMU's exit status (the kernel's, through sifive_test).</summary>
        public int WaitForExit()
        {
            if (!_process.WaitForExit(Limit))
            {
                _process.Kill();
                throw new TimeoutException($"QEMU did not exit within {Limit.TotalSeconds} s. Console:\n{Console}");
            }
            _process.WaitForExit();
            return _process.ExitCode;
        }

        /// <summary>Waits until the console shows <paramref name="text"/>.</summary>
        public void WaitForConsole(string text)
        {
            var clock = Stopwatch.StartNew();
            lock (_gate)
            {
                while (!_console.ToString().Contains(text, StringComparison.Ordinal))
                {
                    if (_process.HasExited || clock.Elapsed > Limit)
                        throw new TimeoutException($"the console never showed \"{text}\". Console:\n{_console}");
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                }
            }
        }

        /// <summary>The device tree QEMU builds for this configuration (-machine dumpdtb), as a file path.</summary>
        public static string DumpDeviceTree(string arch, int harts, int memoryMiB, string path)
        {
            var start = new ProcessStartInfo(arch == "rv32" ? "qemu-system-riscv32" : "qemu-system-riscv64")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-machine", "virt", "-bios", "none", "-nographic", "-smp", harts.ToString(), "-m", $"{memoryMiB}M", "-machine", $"dumpdtb={path}" })
                start.ArgumentList.Add(argument);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start QEMU");
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"QEMU could not dump its device tree (exit {process.ExitCode})");
            return path;
        }

        public void Type(string text)
        {
            _process.StandardInput.Write(text);
            _process.StandardInput.Flush();
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line == null) return;
            lock (_gate)
            {
                _console.AppendLine(line);
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>A raw disk image for a <see cref="QemuMachine"/>'s virtio-blk device.</summary>
    internal sealed record VirtualDisk(string Path, bool ReadOnly);
}
