using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Async.SelfTest
{
    /// <summary>
    /// Steady-state async code allocates nothing: after one warm-up round, further rounds of
    /// contended locking, yields, delays and nested futures leave <c>new</c>'s byte count
    /// (rivet_allocated_bytes) where it was. Each pool's high-water mark is reached in the first
    /// round by construction: every worker starts its delay and nested future and queues on the
    /// held mutex before any of them may finish, and no later moment has more of either alive.
    /// </summary>
    internal static class AllocationCheck
    {
        private const int Workers = 8, Rounds = 20, MeasuredRounds = 5;

        private static readonly AsyncMutex s_mutex = new();
        private static readonly Future[] s_workers = new Future[Workers];
        private static int s_sum;

        public static void Run()
        {
            RunRound();
            ulong allocated = Platform.AllocatedBytes();
            for (int round = 0; round < MeasuredRounds; round++) RunRound();
            ulong grown = Platform.AllocatedBytes() - allocated;
            Expect.True(grown == 0, "async rounds after the warm-up allocated nothing");
            Expect.True(s_sum == (MeasuredRounds + 1) * Workers * (Rounds + 1), "every nested future of the allocation rounds ran");
            Expect.Passed("no allocation after warm-up", "", (long)MeasuredRounds * Workers * Rounds, " locked awaits after warm-up, 0 bytes allocated");
        }

        private static void RunRound()
        {
            AsyncMutex.Guard held = s_mutex.Lock();
            for (int i = 0; i < Workers; i++) s_workers[i] = Worker(Rounds);
            held.Dispose();
            Future.WhenAll(s_workers).Wait();
        }

        private static async Future Worker(int rounds)
        {
            Future delay = Future.Delay(1);
            Future<int> nested = One();
            using (await s_mutex.LockAsync())
            {
                await delay;
                System.Threading.Interlocked.Add(ref s_sum, await nested);
            }
            for (int i = 0; i < rounds; i++)
            {
                using (await s_mutex.LockAsync())
                {
                    await Future.Yield();
                }
                if (i % 4 == 0) await Future.Delay(1);
                System.Threading.Interlocked.Add(ref s_sum, await One());
            }
        }

        private static async Future<int> One()
        {
            await Future.Yield();
            return 1;
        }
    }
}
