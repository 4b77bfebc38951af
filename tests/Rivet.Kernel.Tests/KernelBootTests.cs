using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>The kernel boots on both architectures, every hart reports in and runs its share of the self-test, and it powers off cleanly.</summary>
    public class KernelBootTests
    {
        private const int PanicStatus = 100;

        [Theory]
        [InlineData("rv64", 1)]
        [InlineData("rv64", 4)]
        [InlineData("rv64", 8)]
        [InlineData("rv32", 1)]
        [InlineData("rv32", 4)]
        [InlineData("rv32", 8)]
        public void EveryHartBootsTicksAndPassesTheSelfTest(string arch, int harts)
        {
            using var machine = new QemuMachine(arch, harts, 256);
            int status = machine.WaitForExit();
            string console = machine.Console;
            Assert.True(status == 0, $"exit status {status}. Console:\n{console}");
            Assert.Contains(arch == "rv32" ? "rv32imac (Sv32)" : "rv64gc (Sv39)", console);
            Assert.Contains("kernel image W^X, paging on", console);
            for (int hart = 0; hart < harts; hart++)
            {
                Assert.Matches(new Regex($@"\] hart {hart}: online: hart id {hart}, index {hart}, PLIC context {2 * hart + 1},"), console);
                Assert.Matches(new Regex($@"\] hart {hart}: self-test passed: heap, frames, new, paging \(\d+ accesses\), timer woke \d+ us after its deadline, 8 wake-ups in deadline order, \d+ ticks"), console);
            }
            Assert.EndsWith("self-test passed on every hart; shutting down", console.TrimEnd());
        }

        [Theory]
        [InlineData("rv64", 3, 192)]
        [InlineData("rv32", 2, 96)]
        public void BannerStatesWhatTheDeviceTreeSays(string arch, int harts, int memoryMiB)
        {
            using var machine = new QemuMachine(arch, harts, memoryMiB);
            Assert.Equal(0, machine.WaitForExit());
            Assert.Contains($"{memoryMiB} MiB of memory, {harts} harts, timebase 10000000 Hz", machine.Console);
            // QEMU virt (hw/riscv/virt.c): UART0 on PLIC source 10, riscv,ndev 96 (0x60), eight virtio-mmio transports on sources 1-8.
            Assert.Contains("devices: uart 0x10000000 irq 10, plic 0xc000000 with 96 sources, clint 0x2000000, sifive_test 0x100000", machine.Console);
            for (int transport = 1; transport <= 8; transport++)
                Assert.Contains($"devices: virtio-mmio 0x{0x10000000 + 0x1000 * transport:x} irq {transport}", machine.Console);
            Assert.Equal(harts, Regex.Matches(machine.Console, "self-test passed: ").Count);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void AKernelPageFaultPanicsWithCauseAddressesAndCSharpBacktrace(string arch)
        {
            using var machine = new QemuMachine(arch, 2, 128, "rivet.test=page-fault");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Contains("KERNEL PANIC: load page fault in kernel code", console);
            Assert.Matches(new Regex(@"scause 0xd sepc 0x[0-9a-f]+ stval 0x8 "), console);
            Assert.Matches(new Regex(@"  at Rivet\.Kernel\.Startup\.FaultInjection\.\w+\(\) in kernel/Startup/FaultInjection\.cs:\d+ 0x[0-9a-f]+"), console);
            AssertSepcLineIsIn(console, FaultInjectionSource, MethodLines(FaultInjectionSource, "static void ReadUnmapped()"));
            Assert.Matches(new Regex(@"  called from Rivet\.Kernel\.Startup\.HartStartup\.HartMain\(Void\* argument\) in kernel/Startup/HartStartup\.cs:\d+ 0x"), console);
            Assert.DoesNotContain("shutting down", console);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void AFaultInsideAnInterruptHandlerLandsInTheNestedFrameAndPanics(string arch)
        {
            using var machine = new QemuMachine(arch, 2, 128, "rivet.test=handler-fault");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Contains("trap inside a trap handler; the handler's fault:", console);
            Assert.Contains("KERNEL PANIC: load page fault in kernel code", console);
            Assert.Contains("  at Rivet.Kernel.Startup.FaultInjection+FaultingWaiter.Wake(UInt64 now)", console);
            Assert.Contains("  called from Rivet.Kernel.Time.Ticker.OnTimerInterrupt(HartMeta hart) in kernel/Time/Ticker.cs:", console);
            Assert.Contains("  called from Rivet.Kernel.Traps.TrapDispatcher.Handle(TrapFrame* frame) in kernel/Traps/TrapDispatcher.cs:", console);
            AssertSepcLineIsIn(console, FaultInjectionSource, MethodLines(FaultInjectionSource, "static void ReadUnmapped()"));
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void AnExceptionEscapingAnInterruptHandlerIsUnhandledNotCaughtByTheInterruptedCode(string arch)
        {
            using var machine = new QemuMachine(arch, 1, 128, "rivet.test=handler-exception");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Contains("fault injection: throwing in the timer interrupt while the interrupted code is in a try/catch", console);
            // The handler's try frames are its own (its hart's thread-local block): the interrupted
            // code's catch never sees the exception, which ends the kernel as unhandled.
            Assert.DoesNotContain("the interrupted code caught the handler's exception", console);
            Assert.Contains("Unhandled exception. System.InvalidOperationException: thrown in the timer interrupt handler\n", console);
            Assert.Matches(new Regex(@"\n   at Rivet\.Kernel\.Time\.Ticker\.OnTimerInterrupt\(HartMeta hart\) in kernel/Time/Ticker\.cs:line \d+\n"), console);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void RunningIntoAGuardPageIsReportedAsThatStacksOverflow(string arch)
        {
            using var machine = new QemuMachine(arch, 1, 128, "rivet.test=stack-overflow");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Matches(new Regex(@"KERNEL PANIC: stack overflow of the main stack of hart 0 \(guard page 0x[0-9a-f]+ hit\)"), console);
            Assert.True(Regex.Matches(console, @"called from Rivet\.Kernel\.Startup\.FaultInjection\.Recurse\(Int32 depth\) in kernel/Startup/FaultInjection\.cs:\d+ 0x").Count > 10);
            // The overflowing store may be in Recurse's prologue (which carries the method's first line)
            // or, on rv32, in picolibc's memset zeroing its stackalloc: then sepc has no C# line and
            // the innermost C# line is Recurse's call of it.
            var (first, last) = MethodLines(FaultInjectionSource, "static int Recurse(int depth)");
            var sepc = Regex.Match(console, @"\n  at ([^\n]*) 0x[0-9a-f]+\n");
            Assert.True(sepc.Success, console);
            if (sepc.Groups[1].Value.StartsWith("(no C# method)"))
                Assert.Matches(new Regex($@"\n  at \(no C# method\) 0x[0-9a-f]+\n  called from Rivet\.Kernel\.Startup\.FaultInjection\.Recurse\(Int32 depth\) in {Regex.Escape(FaultInjectionSource)}:(\d+) "), console);
            else
                AssertSepcLineIsIn(console, FaultInjectionSource, (first, last));
            foreach (Match frame in Regex.Matches(console, $@"called from Rivet\.Kernel\.Startup\.FaultInjection\.Recurse\(Int32 depth\) in {Regex.Escape(FaultInjectionSource)}:(\d+) "))
                Assert.InRange(int.Parse(frame.Groups[1].Value), first, last);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void ConsoleInputArrivesThroughTheReceiveInterrupt(string arch)
        {
            using var machine = new QemuMachine(arch, 2, 128, "rivet.test=echo");
            machine.WaitForConsole("console echo: type a line");
            machine.Type("hello from the test\r");
            Assert.Equal(0, machine.WaitForExit());
            Assert.Contains("console received: hello from the test", machine.Console);
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void AMalformedDeviceTreeStopsTheBootWithItsReason(string arch)
        {
            string path = Path.Combine(Path.GetTempPath(), $"rivet-kernel-tests-{Environment.ProcessId}-{arch}.dtb");
            byte[] tree = File.ReadAllBytes(QemuMachine.DumpDeviceTree(arch, 1, 128, path));
            // size_dt_struct (header offset 36, DT spec 5.2) now claims 1 MiB: the structure block runs past FDT_END.
            tree[36] = 0; tree[37] = 0x10; tree[38] = 0; tree[39] = 0;
            File.WriteAllBytes(path, tree);
            try
            {
                using var machine = new QemuMachine(arch, 1, 128, deviceTree: path);
                Assert.Equal(PanicStatus, machine.WaitForExit());
                Assert.Matches(new Regex(@"cannot boot: the device tree at 0x[0-9a-f]+ is unusable: device tree "), machine.Console);
                Assert.DoesNotContain("Rivet kernel,", machine.Console);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void HeapExhaustionEndsInAnUnhandledOutOfMemoryExceptionAndThePanicStatus(string arch)
        {
            using var machine = new QemuMachine(arch, 1, 64, "rivet.test=heap-exhaustion");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Matches(new Regex(@"kernel heap exhausted: requested \d+ bytes aligned to \d+; heap \d+ bytes, \d+ free in \d+ blocks, largest \d+; free frames \d+"), console);
            Assert.Contains("Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution of the program.\n", console);
            // The trace is the throw point's (the allocation in RunIfRequested), not the report's own frames.
            var throwPoint = Regex.Match(console, @"\n   at Rivet\.Kernel\.Startup\.FaultInjection\.RunIfRequested\(\) in kernel/Startup/FaultInjection\.cs:line (\d+)\n");
            Assert.True(throwPoint.Success, console);
            var (first, last) = MethodLines(FaultInjectionSource, "public static void RunIfRequested()");
            Assert.InRange(int.Parse(throwPoint.Groups[1].Value), first, last);
            Assert.Matches(new Regex(@"\n   at Rivet\.Kernel\.Startup\.HartStartup\.HartMain\(Void\* argument\) in kernel/Startup/HartStartup\.cs:line \d+\n"), console);
        }

        private const string FaultInjectionSource = "kernel/Startup/FaultInjection.cs";

        /// <summary>The 1-based lines of a method in a repository source file, from the line declaring it
        /// (containing <paramref name="declaration"/>) to its closing brace: where GCC may place the
        /// code of its statements at -O2, prologue included.</summary>
        private static (int First, int Last) MethodLines(string relativePath, string declaration)
        {
            string[] lines = File.ReadAllLines(Path.Combine(KernelImage.Metadata("RivetRoot"), relativePath));
            int first = Array.FindIndex(lines, line => line.Contains(declaration));
            Assert.True(first >= 0, $"{relativePath} has no line containing '{declaration}'");
            int depth = 0;
            for (int i = first; i < lines.Length; i++)
            {
                foreach (char c in lines[i])
                {
                    if (c == '{') depth++;
                    else if (c == '}' && --depth == 0) return (first + 1, i + 1);
                }
                if (depth == 0 && lines[i].TrimEnd().EndsWith(';')) return (first + 1, i + 1);   // expression-bodied
            }
            throw new InvalidDataException($"{relativePath}: the method '{declaration}' never closes");
        }

        /// <summary>The report's first frame (sepc) names <paramref name="file"/> at a line within <paramref name="lines"/>.</summary>
        private static void AssertSepcLineIsIn(string console, string file, (int First, int Last) lines)
        {
            var sepc = Regex.Match(console, @"\n  at [^\n]* in ([^\s:]+):(\d+) 0x[0-9a-f]+\n");
            Assert.True(sepc.Success, $"no source line for sepc. Console:\n{console}");
            Assert.Equal(file, sepc.Groups[1].Value);
            Assert.InRange(int.Parse(sepc.Groups[2].Value), lines.First, lines.Last);
        }
    }
}
