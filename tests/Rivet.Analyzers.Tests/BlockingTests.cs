using System.Threading.Tasks;
using Xunit;
using Verify = Rivet.Analyzers.Tests.Infrastructure.AnalyzerVerifier<Rivet.Analyzers.InterruptContext.InterruptContextAnalyzer>;

namespace Rivet.Analyzers.Tests
{
    /// <summary>RIVET004: a [Blocking] wait in code reachable from a handler.</summary>
    public class BlockingTests
    {
        [Fact]
        public Task Blocking_wait_in_a_handler_is_reported() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Traps
            {
                static readonly WaitQueue Queue = new WaitQueue();

                [Rivet.InterruptHandler]
                static void OnExternal() { {|RIVET004:Queue.Wait()|}; }
            }
            """);

        [Fact]
        public Task Blocking_wait_reached_through_a_property_and_a_method_names_the_chain() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Traps
            {
                [Rivet.TrapHandler]
                static void OnTrap() { var ready = Disk.Ready; }
            }
            static class Disk
            {
                static readonly WaitQueue Queue = new WaitQueue();
                public static bool Ready => Poll();
                static bool Poll() { {|#0:Queue.Wait()|}; return true; }
            }
            """,
            Verify.Diagnostic("RIVET004").WithLocation(0)
                .WithArguments("'WaitQueue.Wait'", "handler 'Traps.OnTrap' via Disk.get_Ready → Disk.Poll"));

        [Fact]
        public Task Waking_waiters_in_a_handler_is_allowed() => Verify.VerifyAsync("""
            using Kernel.Sync;
            class Traps
            {
                static readonly WaitQueue Queue = new WaitQueue();

                [Rivet.InterruptHandler]
                static void OnExternal() => Queue.WakeAll();

                static void Reader() => Queue.Wait();
            }
            """);
    }
}
