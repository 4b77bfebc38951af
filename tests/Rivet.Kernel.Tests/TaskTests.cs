using System;
using System.Text.RegularExpressions;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// Kernel tasks, the preemptive SMP scheduler and the interrupt-masking spin locks, through the
    /// in-kernel task suite (kernel/Tasks/SelfTest, boot argument rivet.test=tasks): one boot per
    /// architecture and hart count checks every fact the suite logs. The suite itself asserts each
    /// fact and panics (status 100) on a failure; these tests check that each check ran and what it
    /// reported, so a check that silently stopped running fails here too.
    /// </summary>
    public class TaskTests
    {
        private const int PanicStatus = 100;

        [Theory]
        [InlineData("rv64", 1)]
        [InlineData("rv64", 4)]
        [InlineData("rv32", 1)]
        [InlineData("rv32", 4)]
        public void TheTaskSuitePasses(string arch, int harts)
        {
            using var machine = new QemuMachine(arch, harts, 256, "rivet.test=tasks");
            int status = machine.WaitForExit();
            string console = machine.Console;
            Assert.True(status == 0, $"exit status {status}. Console:\n{console}");
            Assert.DoesNotContain("KERNEL PANIC", console);

            // Mutual exclusion under preemption and UART transmit interrupts: 8 tasks x 3000 increments, none lost.
            Assert.Matches(new Regex($@"task self-test: spin mutex: 8 tasks x 3000 rounds, counter 24000, nesting kept interrupts masked, ran on \d of {harts} harts"), console);
            int progress = Regex.Matches(console, @"spin-mutex task \d: \d+ rounds").Count;
            Assert.True(progress == 24, $"{progress} progress lines, not 24. Console:\n{console}");
            Assert.Contains("task self-test: reader-writer spin lock: 2 writers x 1500, 6 readers x 3000, no torn read, counters 3000,", console);
            Assert.Contains($"task self-test: work spreading: {4 * harts} busy tasks spawned on one hart ran on {harts} of {harts} harts", console);
            Assert.Contains("task self-test: sleep: 6 sleepers spawned in shuffled order woke in deadline order, none early", console);
            Assert.Contains($"task self-test: floating point: {2 * harts + 2} tasks kept exact double sums across preemption" +
                (arch == "rv64" ? "; a task without FP kept FS Off (nothing saved for it)" : " (rv32imac: software floating point, no FP registers)"), console);
            Assert.Contains("task self-test: exceptions: 6 tasks threw and caught 1800 times under preemption, 3600 finally blocks ran", console);
            Assert.Contains("task self-test: thread statics: 6 tasks each kept their own [ThreadStatic] value across 200 yields", console);
            // Handlers never use the interrupted task's thread-local block (which its joiner may release meanwhile).
            Assert.Contains($"task self-test: trap thread-locals: {10 * harts} timer interrupts ran their handlers with their hart's own thread-local block; the tasks they interrupted kept theirs", console);

            // The overflow is reported with the task's name and its C# frames, and only that task dies.
            Assert.Matches(new Regex(@"task 'overflowing' \(id \d+\) overflowed its stack: guard page 0x[0-9a-f]+ hit at sepc 0x[0-9a-f]+; task killed, the kernel goes on"), console);
            Assert.Matches(new Regex(@"(at|called from) Rivet\.Kernel\.Tasks\.SelfTest\.StackOverflowKill\.Recurse\(Int32 depth\) in kernel/Tasks/SelfTest/StackOverflowKill\.cs:\d+"), console);
            Assert.Contains("task self-test: stack overflow: the overflowing task was killed (exit code -1), the task beside it finished with 7", console);

            Assert.Matches(new Regex(@"task self-test: life cycle: 2048 tasks spawned, run and joined; free frames \d+, heap free \d+ bytes, managed allocations at baseline; released stacks. poison intact"), console);
            Assert.Contains("task self-test passed", console);

            // The console carried each report once and whole: the overflow report is written while
            // other harts log, and the UART's transmit ring must not replay or mangle it.
            foreach (string check in new[] { "spin mutex", "reader-writer spin lock", "work spreading", "sleep", "floating point", "exceptions", "thread statics", "trap thread-locals", "stack overflow", "life cycle" })
                Assert.Single(Regex.Matches(console, $"task self-test: {check}: "));
            foreach (string line in console.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                Assert.Matches(new Regex(@"^(\[ *\d+\.\d{6}\] hart \d+: |  (at|called from) )"), line);
            Assert.EndsWith("self-test passed on every hart; shutting down", console.TrimEnd());
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void AWriteToAReleasedTaskStackIsCaughtByItsPoison(string arch)
        {
            using var machine = new QemuMachine(arch, 2, 128, "rivet.test=task-use-after-free");
            Assert.Equal(PanicStatus, machine.WaitForExit());
            string console = machine.Console;
            Assert.Contains("use-after-free check: writing into a released task stack", console);
            Assert.Contains("KERNEL PANIC: use after free: a released task stack or trap frame was written after its task died", console);
            // The report says whose memory it was and where the write landed (1024 bytes above the stack's bottom).
            Assert.Matches(new Regex(@"\n  task 'victim' \(id \d+\): 1 word changed, in its stack at byte 0x400 of its memory \(now 0x1234\)\n"), console);
        }
    }
}
