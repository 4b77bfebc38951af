using System.Threading.Tasks;
using Xunit;
using Verify = Rivet.Analyzers.Tests.Infrastructure.AnalyzerVerifier<Rivet.Analyzers.InterruptContext.InterruptContextAnalyzer>;

namespace Rivet.Analyzers.Tests
{
    /// <summary>RIVET001: a lock that does not mask interrupts, in code reachable from a handler.</summary>
    public class NonMaskingLockTests
    {
        [Fact]
        public Task Lock_statement_in_a_handler_is_reported() => Verify.VerifyAsync("""
            class Traps
            {
                static readonly object Gate = new object();

                [Rivet.TrapHandler]
                static void OnTrap()
                {
                    {|RIVET001:lock (Gate) { }|}
                }
            }
            """);

        [Fact]
        public Task Task_only_lock_reached_through_two_calls_names_the_chain() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Traps
            {
                [Rivet.InterruptHandler]
                static void OnTimer() => Scheduler.Tick();
            }
            static class Scheduler
            {
                public static void Tick() => RunQueue.Push();
            }
            static class RunQueue
            {
                static readonly Mutex Guard = new Mutex();
                public static void Push() { {|#0:Guard.Acquire()|}; {|#1:Guard.Release()|}; }
            }
            """,
            Verify.Diagnostic("RIVET001").WithLocation(0)
                .WithArguments("Task-only lock call 'Mutex.Acquire'", "handler 'Traps.OnTimer' via Scheduler.Tick → RunQueue.Push"),
            Verify.Diagnostic("RIVET001").WithLocation(1)
                .WithArguments("Task-only lock call 'Mutex.Release'", "handler 'Traps.OnTimer' via Scheduler.Tick → RunQueue.Push"));

        [Fact]
        public Task Explicit_monitor_enter_is_reported() => Verify.VerifyAsync("""
            class Traps
            {
                static readonly object Gate = new object();

                [Rivet.TrapHandler]
                static void OnTrap()
                {
                    bool taken = false;
                    {|#0:System.Threading.Monitor.Enter(Gate, ref taken)|};
                    System.Threading.Monitor.Exit(Gate);
                }
            }
            """,
            Verify.Diagnostic("RIVET001").WithLocation(0).WithArguments("'Monitor.Enter'", "handler 'Traps.OnTrap'"));

        [Fact]
        public Task Lock_in_a_local_function_the_handler_calls_is_reported() => Verify.VerifyAsync("""
            class Traps
            {
                static readonly object Gate = new object();

                [Rivet.TrapHandler]
                static void OnTrap()
                {
                    Take();
                    void Take() { {|RIVET001:lock (Gate) { }|} }
                }
            }
            """);

        [Fact]
        public Task Masking_spin_lock_in_a_handler_is_allowed() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Traps
            {
                static readonly SpinLock Lock = new SpinLock();

                [Rivet.TrapHandler]
                static void OnTrap()
                {
                    using (Lock.Lock()) { Counter.Value++; }
                }
            }
            static class Counter { public static int Value; }
            """);

        [Fact]
        public Task Task_only_lock_outside_interrupt_context_is_allowed() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Files
            {
                static readonly Mutex Guard = new Mutex();
                static readonly object Gate = new object();

                static void Write() { Guard.Acquire(); lock (Gate) { } Guard.Release(); }

                [Rivet.TrapHandler]
                static void OnTrap() { }
            }
            """);
    }
}
