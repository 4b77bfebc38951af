using System.Threading.Tasks;
using Xunit;
using Verify = Rivet.Analyzers.Tests.Infrastructure.AnalyzerVerifier<Rivet.Analyzers.LockAcrossAwait.LockAcrossAwaitAnalyzer>;

namespace Rivet.Analyzers.Tests
{
    /// <summary>RIVET003: an interrupt-masking lock held across an await.</summary>
    public class LockAcrossAwaitTests
    {
        private const string Prelude = """
            using Kernel.Sync;
            using Kernel.Tasks;
            """;

        [Fact]
        public Task Await_inside_a_using_statement_is_reported() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static readonly SpinLock Lock = new SpinLock();

                static async Job Run()
                {
                    using (Lock.Lock())
                    {
                        {|#0:await default(Job)|};
                    }
                }
            }
            """,
            Verify.Diagnostic("RIVET003").WithLocation(0).WithArguments("Lock.Lock()"));

        [Fact]
        public Task Await_after_a_using_declaration_is_reported() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static readonly SpinLock Lock = new SpinLock();

                static async Job Run()
                {
                    using var held = Lock.Lock();
                    {|RIVET003:await default(Job)|};
                }
            }
            """);

        [Fact]
        public Task Guard_obtained_through_two_helper_calls_is_still_a_masking_lock() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static async Job Run()
                {
                    using (Critical.Enter())
                    {
                        {|#0:await default(Job)|};
                    }
                }
            }
            static class Critical
            {
                static readonly SpinLock Lock = new SpinLock();
                public static Guard Enter() => Take();
                static Guard Take() => Lock.Lock();
            }
            """,
            Verify.Diagnostic("RIVET003").WithLocation(0).WithArguments("Critical.Enter()"));

        [Fact]
        public Task Await_between_explicit_acquire_and_release_is_reported() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static SpinLock Queue = new SpinLock();

                static async Job Run()
                {
                    bool interrupts = Queue.Acquire();
                    {|#0:await default(Job)|};
                    Queue.Release(interrupts);
                }
            }
            """,
            Verify.Diagnostic("RIVET003").WithLocation(0).WithArguments("Queue"));

        [Fact]
        public Task Outer_lock_is_still_held_after_the_inner_one_is_released() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static SpinLock Outer = new SpinLock();
                static SpinLock Inner = new SpinLock();

                static async Job Run()
                {
                    bool a = Outer.Acquire();
                    bool b = Inner.Acquire();
                    Inner.Release(b);
                    {|#0:await default(Job)|};
                    Outer.Release(a);
                    await default(Job);
                }
            }
            """,
            Verify.Diagnostic("RIVET003").WithLocation(0).WithArguments("Outer"));

        [Fact]
        public Task Async_lambda_holding_an_explicit_lock_is_reported() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static SpinLock Queue = new SpinLock();

                static void Start()
                {
                    Work run = async () =>
                    {
                        bool interrupts = Queue.Acquire();
                        {|#0:await default(Job)|};
                        Queue.Release(interrupts);
                    };
                }
            }
            delegate Job Work();
            """,
            Verify.Diagnostic("RIVET003").WithLocation(0).WithArguments("Queue"));

        [Fact]
        public Task Await_after_an_explicit_release_is_allowed() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static SpinLock Queue = new SpinLock();

                static async Job Run()
                {
                    bool interrupts = Queue.Acquire();
                    Queue.Release(interrupts);
                    await default(Job);
                }
            }
            """);

        [Fact]
        public Task Await_after_the_lock_is_released_is_allowed() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static readonly SpinLock Lock = new SpinLock();
                static int _count;

                static async Job Run()
                {
                    using (Lock.Lock())
                    {
                        _count++;
                    }
                    await default(Job);
                }
            }
            """);

        [Fact]
        public Task Task_only_lock_across_an_await_is_allowed() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static readonly Mutex Gate = new Mutex();

                static async Job Run()
                {
                    Gate.Acquire();
                    await default(Job);
                    Gate.Release();
                }
            }
            """);

        [Fact]
        public Task Await_in_a_lambda_inside_the_lock_is_not_under_the_lock() => Verify.VerifyAsync(Prelude + """
            class Driver
            {
                static readonly SpinLock Lock = new SpinLock();

                static void Run()
                {
                    using (Lock.Lock())
                    {
                        Work later = async () => await default(Job);
                    }
                }
            }
            delegate Job Work();
            """);
    }
}
