using System.Threading;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Async.SelfTest
{
    /// <summary>
    /// The task-only locks under contention: futures (on the executor's workers, one per hart) and
    /// kernel tasks (blocking acquires, spread over the harts by the scheduler) take the same lock
    /// at once, with awaits, yields and timer delays inside the critical sections. A counter bumped
    /// by a non-atomic read-yield-write comes out exact only under mutual exclusion, and an
    /// occupancy count catches two holders at once. Meanwhile a future writes short lines through
    /// the UART's async transmit, so UART interrupts fire alongside the timer's. Then FIFO
    /// hand-over, checked deterministically.
    /// </summary>
    internal static class LockChecks
    {
        private const int Futures = 12, FutureRounds = 40, TasksPerHart = 2, TaskRounds = 40;
        private const int SemaphorePermits = 3;

        private static readonly AsyncMutex s_mutex = new();
        private static readonly AsyncReaderWriterLock s_rwLock = new();
        private static readonly AsyncSemaphore s_semaphore = new(SemaphorePermits);

        private static int s_counter, s_holders, s_readers, s_maxHolders, s_violations;
        private static uint s_harts;

        public static unsafe void Run()
        {
            int tasks = TasksPerHart * Devices.Description.HartCount;
            Contend("AsyncMutex", &MutexFuture, &MutexTask, tasks);
            Expect.True(s_counter == Futures * FutureRounds + tasks * TaskRounds, "AsyncMutex: the counter lost no update");
            Contend("AsyncReaderWriterLock", &ReaderWriterFuture, &ReaderWriterTask, tasks);
            Expect.True(s_counter == Futures * WriteRounds(FutureRounds) + tasks * WriteRounds(TaskRounds), "AsyncReaderWriterLock: the counter lost no update");
            Contend("AsyncSemaphore", &SemaphoreFuture, &SemaphoreTask, tasks);
            Expect.True(s_counter == Futures * FutureRounds + tasks * TaskRounds, "AsyncSemaphore: every round held a permit");
            Expect.True(s_maxHolders <= SemaphorePermits, "AsyncSemaphore: never more holders than permits");
            MutexHandsOverInArrivalOrder();
            SemaphoreHandsOverInArrivalOrder();
            ReaderWriterAdmitsInArrivalOrder();
            MutexReleaseCompletesExactlyTheNextWaiter();
            SemaphoreReleaseCompletesExactlyTheNextWaiter();
            ReaderWriterReleaseCompletesExactlyTheNextTurn();
        }

        /// <summary>Rounds 0, 3, 6, … of the reader-writer bodies write.</summary>
        private static int WriteRounds(int rounds) => (rounds + 2) / 3;

        private static unsafe void Contend(string name, delegate*<int, Future> startFuture, delegate*<nuint, void> taskBody, int taskCount)
        {
            s_counter = s_holders = s_readers = s_maxHolders = s_violations = 0;
            s_harts = 0;
            var tasks = new KernelTask[taskCount];
            for (int t = 0; t < taskCount; t++) tasks[t] = KernelTask.Spawn("lock contender", taskBody, TaskRounds);
            var futures = new Future[Futures];
            for (int f = 0; f < Futures; f++) futures[f] = startFuture(FutureRounds);
            Volatile.Write(ref s_contending, 1);
            Future<int> chatter = UartChatter();
            Future.WhenAll(futures).Wait();
            for (int t = 0; t < taskCount; t++) Expect.True(tasks[t].Join() == 0, "a contending kernel task exited cleanly");
            Volatile.Write(ref s_contending, 0);
            int chatterLines = chatter.Wait();
            Expect.True(s_violations == 0, "a task-only lock had a holder it must not have had");
            var line = Log.KernelLog.Begin(stackalloc byte[Log.KernelLog.LineBytes]);
            line.Append("async: "u8);
            line.Append(name);
            line.Append(": ok ("u8);
            line.AppendDecimal((ulong)Futures);
            line.Append(" futures and "u8);
            line.AppendDecimal((ulong)taskCount);
            line.Append(" tasks on "u8);
            line.AppendDecimal((ulong)System.Numerics.BitOperations.PopCount(s_harts));
            line.Append(" harts, "u8);
            line.AppendDecimal((ulong)s_counter);
            line.Append(" counted updates, "u8);
            line.AppendDecimal((ulong)chatterLines);
            line.Append(" uart lines meanwhile)"u8);
            Log.KernelLog.Emit(ref line);
        }

        private static int s_contending;
        private static readonly byte[] s_chatter = "async-chatter: uart interrupts during lock contention\n"u8.ToArray();

        /// <summary>Writes a line every other tick while the contention lasts; returns how many.</summary>
        private static async Future<int> UartChatter()
        {
            int lines = 0;
            while (Volatile.Read(ref s_contending) != 0)
            {
                await Devices.Uart!.WriteAsync(s_chatter, 0, s_chatter.Length);
                lines++;
                await Future.Delay(2);
            }
            return lines;
        }

        private static void NoteHart() => Interlocked.Or(ref s_harts, 1u << CurrentHart.Index);

        /// <summary>Inside an exclusive section: nobody else may be.</summary>
        private static void EnterExclusive()
        {
            if (Interlocked.Increment(ref s_holders) != 1 || Volatile.Read(ref s_readers) != 0) Interlocked.Increment(ref s_violations);
        }

        private static void LeaveExclusive() => Interlocked.Decrement(ref s_holders);

        private static async Future MutexFuture(int rounds)
        {
            for (int i = 0; i < rounds; i++)
            {
                using (await s_mutex.LockAsync())
                {
                    EnterExclusive();
                    int value = s_counter;
                    if (i % 4 == 0) await Future.Yield();
                    else if (i % 16 == 1) await Future.Delay(1);
                    s_counter = value + 1;
                    LeaveExclusive();
                }
            }
        }

        private static void MutexTask(nuint rounds)
        {
            for (int i = 0; i < (int)rounds; i++)
            {
                using (s_mutex.Lock())
                {
                    NoteHart();
                    EnterExclusive();
                    int value = s_counter;
                    if (i % 4 == 0) KernelTask.Yield();
                    s_counter = value + 1;
                    LeaveExclusive();
                }
            }
        }

        private static async Future ReaderWriterFuture(int rounds)
        {
            for (int i = 0; i < rounds; i++)
            {
                if (i % 3 == 0)
                {
                    using (await s_rwLock.WriteLockAsync())
                    {
                        EnterExclusive();
                        int value = s_counter;
                        await Future.Yield();
                        s_counter = value + 1;
                        LeaveExclusive();
                    }
                }
                else
                {
                    using (await s_rwLock.ReadLockAsync())
                    {
                        EnterShared();
                        int value = Volatile.Read(ref s_counter);
                        if (i % 5 == 1) await Future.Delay(1);
                        else await Future.Yield();
                        LeaveShared(value);
                    }
                }
            }
        }

        private static void ReaderWriterTask(nuint rounds)
        {
            for (int i = 0; i < (int)rounds; i++)
            {
                NoteHart();
                if (i % 3 == 0)
                {
                    using (s_rwLock.WriteLock())
                    {
                        EnterExclusive();
                        int value = s_counter;
                        KernelTask.Yield();
                        s_counter = value + 1;
                        LeaveExclusive();
                    }
                }
                else
                {
                    using (s_rwLock.ReadLock())
                    {
                        EnterShared();
                        int value = Volatile.Read(ref s_counter);
                        KernelTask.Yield();
                        LeaveShared(value);
                    }
                }
            }
        }

        /// <summary>Inside a read section: no writer may be, and the counter may not move.</summary>
        private static void EnterShared()
        {
            Interlocked.Increment(ref s_readers);
            if (Volatile.Read(ref s_holders) != 0) Interlocked.Increment(ref s_violations);
        }

        private static void LeaveShared(int valueOnEntry)
        {
            if (Volatile.Read(ref s_counter) != valueOnEntry) Interlocked.Increment(ref s_violations);
            Interlocked.Decrement(ref s_readers);
        }

        private static async Future SemaphoreFuture(int rounds)
        {
            for (int i = 0; i < rounds; i++)
            {
                using (await s_semaphore.AcquireAsync())
                {
                    EnterCounted();
                    if (i % 8 == 3) await Future.Delay(1);
                    else await Future.Yield();
                    LeaveCounted();
                }
            }
        }

        private static void SemaphoreTask(nuint rounds)
        {
            for (int i = 0; i < (int)rounds; i++)
            {
                using (s_semaphore.Acquire())
                {
                    NoteHart();
                    EnterCounted();
                    KernelTask.Yield();
                    LeaveCounted();
                }
            }
        }

        private static void EnterCounted()
        {
            int holders = Interlocked.Increment(ref s_holders);
            if (holders > SemaphorePermits) Interlocked.Increment(ref s_violations);
            int max;
            while (holders > (max = Volatile.Read(ref s_maxHolders)) && Interlocked.CompareExchange(ref s_maxHolders, holders, max) != max)
            {
            }
            Interlocked.Increment(ref s_counter);
        }

        private static void LeaveCounted() => Interlocked.Decrement(ref s_holders);

        // ---- FIFO hand-over: the waiters queue while the test holds the lock, in a known order ----

        private const int Queued = 8;
        private static readonly int[] s_order = new int[Queued];
        private static int s_next;

        private static async Future RecordMutexTurn(int me)
        {
            using (await s_mutex.LockAsync())
            {
                await Future.Yield();
                s_order[s_next++] = me;
            }
        }

        private static async Future RecordSemaphoreTurn(AsyncSemaphore semaphore, int me)
        {
            using (await semaphore.AcquireAsync())
            {
                await Future.Yield();
                s_order[s_next++] = me;
            }
        }

        private static void ExpectArrivalOrder(string check)
        {
            for (int i = 0; i < Queued; i++) Expect.True(s_order[i] == i, check);
            Expect.Passed(check, "", Queued, " queued waiters");
        }

        /// <summary>Each future's first part runs on this task up to its LockAsync, so they queue in index order.</summary>
        private static void MutexHandsOverInArrivalOrder()
        {
            s_next = 0;
            var futures = new Future[Queued];
            AsyncMutex.Guard held = s_mutex.Lock();
            for (int i = 0; i < Queued; i++) futures[i] = RecordMutexTurn(i);
            held.Dispose();
            Future.WhenAll(futures).Wait();
            ExpectArrivalOrder("AsyncMutex hands over in arrival order");
        }

        private static void SemaphoreHandsOverInArrivalOrder()
        {
            s_next = 0;
            var semaphore = new AsyncSemaphore(0);
            var futures = new Future[Queued];
            for (int i = 0; i < Queued; i++) futures[i] = RecordSemaphoreTurn(semaphore, i);
            Expect.True(semaphore.Available == 0, "AsyncSemaphore: all waiters queued");
            semaphore.Release();
            Future.WhenAll(futures).Wait();
            Expect.True(semaphore.Available == 1, "AsyncSemaphore: the one permit is back");
            ExpectArrivalOrder("AsyncSemaphore hands over in arrival order");
        }

        private static int s_clock;
        private static readonly int[] s_entered = new int[4], s_left = new int[4];
        private static int s_sawOtherReader;

        /// <summary>Two readers admitted together wait for each other inside; with one admitted at a time this would not finish.</summary>
        private static async Future Reader(int me, int other)
        {
            using (await s_rwLock.ReadLockAsync())
            {
                s_entered[me] = Interlocked.Increment(ref s_clock);
                while (Volatile.Read(ref s_entered[other]) == 0) await Future.Yield();
                Interlocked.Increment(ref s_sawOtherReader);
                s_left[me] = Interlocked.Increment(ref s_clock);
            }
        }

        private static async Future Writer(int me)
        {
            using (await s_rwLock.WriteLockAsync())
            {
                s_entered[me] = Interlocked.Increment(ref s_clock);
                await Future.Yield();
                s_left[me] = Interlocked.Increment(ref s_clock);
            }
        }

        private static async Future LateReader(int me)
        {
            using (await s_rwLock.ReadLockAsync())
            {
                s_entered[me] = Interlocked.Increment(ref s_clock);
                s_left[me] = Interlocked.Increment(ref s_clock);
            }
        }

        /// <summary>Queue reader 0, reader 1, writer 2, reader 3 behind a held write lock: 0 and 1 enter together, then 2 alone, then 3.</summary>
        private static void ReaderWriterAdmitsInArrivalOrder()
        {
            s_clock = 0;
            s_sawOtherReader = 0;
            for (int i = 0; i < 4; i++) s_entered[i] = s_left[i] = 0;
            AsyncReaderWriterLock.Guard held = s_rwLock.WriteLock();
            Future first = Reader(0, 1), second = Reader(1, 0), writer = Writer(2), late = LateReader(3);
            held.Dispose();
            Future.WhenAll(new[] { first, second, writer, late }).Wait();
            Expect.True(s_sawOtherReader == 2, "AsyncReaderWriterLock admits the queued readers as one batch");
            Expect.True(s_entered[2] > s_left[0] && s_entered[2] > s_left[1], "AsyncReaderWriterLock: the writer enters after the readers ahead of it left");
            Expect.True(s_entered[3] > s_left[2], "AsyncReaderWriterLock: a reader queued behind a writer waits for it");
            Expect.Passed("AsyncReaderWriterLock admits in arrival order, readers in batches");
        }

        // ---- a release wakes exactly the next waiter (or run of readers), never all ----
        // The acquires below come from this task, so the hand-over is observed directly: a
        // release completes the next waiter's future synchronously, and no other.

        /// <summary>How many of the futures from index <paramref name="from"/> on (none of them consumed yet) have completed.</summary>
        private static int CompletedCount<TGuard>(Future<TGuard>[] futures, int from)
        {
            int completed = 0;
            for (int i = from; i < futures.Length; i++)
            {
                if (futures[i].IsCompleted) completed++;
            }
            return completed;
        }

        private static void MutexReleaseCompletesExactlyTheNextWaiter()
        {
            var waiters = new Future<AsyncMutex.Guard>[Queued];
            AsyncMutex.Guard held = s_mutex.Lock();
            for (int i = 0; i < Queued; i++) waiters[i] = s_mutex.LockAsync();
            Expect.True(CompletedCount(waiters, 0) == 0, "AsyncMutex: every waiter queues while the mutex is held");
            for (int i = 0; i < Queued; i++)
            {
                held.Dispose();
                Expect.True(waiters[i].IsCompleted && CompletedCount(waiters, i) == 1, "AsyncMutex: a release completes exactly the next waiter");
                held = waiters[i].Wait();
            }
            held.Dispose();
            Expect.Passed("AsyncMutex release wakes exactly the next waiter");
        }

        private static void SemaphoreReleaseCompletesExactlyTheNextWaiter()
        {
            var semaphore = new AsyncSemaphore(0);
            var waiters = new Future<AsyncSemaphore.Guard>[Queued];
            for (int i = 0; i < Queued; i++) waiters[i] = semaphore.AcquireAsync();
            for (int i = 0; i < Queued; i++)
            {
                semaphore.Release();
                Expect.True(waiters[i].IsCompleted && CompletedCount(waiters, 0) == i + 1, "AsyncSemaphore: a release completes exactly the next waiter");
            }
            for (int i = 0; i < Queued; i++) waiters[i].Wait().Dispose();
            Expect.True(semaphore.Available == Queued, "AsyncSemaphore: every permit came back");
            Expect.Passed("AsyncSemaphore release wakes exactly the next waiter");
        }

        /// <summary>Behind a writer: reader, reader, writer, reader. The writer's release admits both readers; the second reader's release admits the writer; its release the last reader.</summary>
        private static void ReaderWriterReleaseCompletesExactlyTheNextTurn()
        {
            AsyncReaderWriterLock.Guard held = s_rwLock.WriteLock();
            var turns = new[] { s_rwLock.ReadLockAsync(), s_rwLock.ReadLockAsync(), s_rwLock.WriteLockAsync(), s_rwLock.ReadLockAsync() };
            Expect.True(CompletedCount(turns, 0) == 0, "AsyncReaderWriterLock: every waiter queues behind the writer");
            held.Dispose();
            Expect.True(turns[0].IsCompleted && turns[1].IsCompleted && CompletedCount(turns, 0) == 2, "AsyncReaderWriterLock: a writer's release admits the run of readers, and only it");
            AsyncReaderWriterLock.Guard first = turns[0].Wait(), second = turns[1].Wait();
            first.Dispose();
            Expect.True(!turns[2].IsCompleted, "AsyncReaderWriterLock: the writer waits for the last reader");
            second.Dispose();
            Expect.True(turns[2].IsCompleted && !turns[3].IsCompleted, "AsyncReaderWriterLock: the last reader's release admits the writer, and only it");
            turns[2].Wait().Dispose();
            Expect.True(turns[3].IsCompleted, "AsyncReaderWriterLock: the writer's release admits the reader queued behind it");
            turns[3].Wait().Dispose();
            Expect.Passed("AsyncReaderWriterLock release wakes exactly the next writer or run of readers");
        }
    }
}
