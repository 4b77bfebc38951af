using System.Threading;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// Measurements for <c>build.ps1 bench tasks</c> (boot argument <c>rivet.bench=tasks</c>), printed
    /// as <c>bench: &lt;name&gt;: &lt;value&gt; &lt;unit&gt;</c>; time comes from the time CSR (100 ns
    /// steps on QEMU virt), so each figure averages many operations:
    /// context-switch — two yielding tasks per hart, time per switch on a hart (switches counted by the scheduler);
    /// yield-round-trip — a lone task's yield: trap, scheduler, return, no switch;
    /// spin-lock-uncontended — one acquire and release of a free <see cref="SpinLock"/>;
    /// spin-lock-contended — acquire and release while one task per hart hammers the same lock;
    /// spin-read-uncontended — one read acquire and release of a <see cref="SpinReaderWriterLock"/>.
    /// </summary>
    internal static unsafe class TaskBenchmark
    {
        private const int Yields = 20000;
        private const int LockOperations = 200000;
        private const int ContendedOperations = 20000;

        private static SpinLock s_lock;
        private static SpinReaderWriterLock s_readerWriter;
        private static int s_shared;

        public static void Run(nuint argument)
        {
            ContextSwitches();
            YieldRoundTrip();
            UncontendedLock();
            ContendedLock();
            UncontendedRead();
        }

        /// <summary>Two yielding tasks per hart, so every hart switches between tasks: time per switch on one hart.</summary>
        private static void ContextSwitches()
        {
            int harts = Devices.Description.HartCount;
            var tasks = new KernelTask[2 * harts];
            long before = TotalSwitches();
            ulong start = Clock.Now;
            for (int i = 0; i < tasks.Length; i++) tasks[i] = KernelTask.Spawn("yielder", &Yielder, 0);
            for (int i = 0; i < tasks.Length; i++) tasks[i].Join();
            ulong elapsed = Clock.Now - start;
            ulong switches = (ulong)(TotalSwitches() - before);
            SuiteReport.Measured("context-switch", Clock.ToNanoseconds(elapsed) * (ulong)harts / switches, "ns");
            SuiteReport.Measured("context-switches-per-second", switches * Clock.Frequency / elapsed, "1/s");
        }

        /// <summary>One task yielding with nothing else ready: a trap into the scheduler and back, no switch.</summary>
        private static void YieldRoundTrip()
        {
            ulong start = Clock.Now;
            KernelTask.Spawn("lone-yielder", &Yielder, 0).Join();
            SuiteReport.Measured("yield-round-trip", Clock.ToNanoseconds(Clock.Now - start) / Yields, "ns");
        }

        private static void Yielder(nuint unused)
        {
            for (int i = 0; i < Yields; i++) KernelTask.Yield();
        }

        private static void UncontendedLock()
        {
            ulong start = Clock.Now;
            for (int i = 0; i < LockOperations; i++)
            {
                using (s_lock.Lock()) s_shared++;
            }
            SuiteReport.Measured("spin-lock-uncontended", Clock.ToNanoseconds(Clock.Now - start) / LockOperations, "ns");
        }

        private static void ContendedLock()
        {
            int harts = Devices.Description.HartCount;
            var tasks = new KernelTask[harts];
            ulong start = Clock.Now;
            for (int i = 0; i < harts; i++) tasks[i] = KernelTask.Spawn("lock-hammer", &Hammer, 0);
            for (int i = 0; i < harts; i++) tasks[i].Join();
            ulong operations = (ulong)(harts * ContendedOperations);
            SuiteReport.Measured("spin-lock-contended", Clock.ToNanoseconds(Clock.Now - start) / operations, "ns");
        }

        private static void Hammer(nuint unused)
        {
            for (int i = 0; i < ContendedOperations; i++)
            {
                using (s_lock.Lock()) s_shared++;
            }
        }

        private static void UncontendedRead()
        {
            int sum = 0;
            ulong start = Clock.Now;
            for (int i = 0; i < LockOperations; i++)
            {
                using (s_readerWriter.Read()) sum += s_shared;
            }
            SuiteReport.Measured("spin-read-uncontended", Clock.ToNanoseconds(Clock.Now - start) / LockOperations, "ns");
            Volatile.Write(ref s_shared, sum);
        }

        private static long TotalSwitches()
        {
            long total = 0;
            for (int i = 0; i < Devices.Description.HartCount; i++) total += Volatile.Read(ref HartMeta.ForIndex(i)!.Switches);
            return total;
        }
    }
}
