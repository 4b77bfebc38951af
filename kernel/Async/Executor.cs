using System;
using System.Threading;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// Runs ready <see cref="Job"/>s on its worker kernel tasks. The ready queue is an intrusive
    /// FIFO under a spin lock (so interrupt handlers may enqueue); a worker that finds it empty
    /// records itself as idle and parks (KernelTask.PrepareToPark inside the lock, Park after it,
    /// so a wake between the two is not lost), and each enqueue wakes one idle worker.
    /// </summary>
    internal static unsafe class Executor
    {
        private static SpinLock s_lock;
        private static Job? s_head, s_tail;
        /// <summary>Worker tasks by index, each entered by the worker itself; the idle ones are on the <see cref="s_idle"/> stack too.</summary>
        private static KernelTask?[]? s_workers;
        private static bool[]? s_isIdle;
        private static int[]? s_idle;
        private static int s_idleCount;
        private static int s_started;

        public static int WorkerCount => s_workers?.Length ?? 0;

        /// <summary>
        /// Spawns <paramref name="workers"/> worker tasks (one per hart is the usual choice); later
        /// calls do nothing. Jobs woken before it are queued and run once the workers are up.
        /// </summary>
        public static void Start(int workers)
        {
            if (Interlocked.CompareExchange(ref s_started, 1, 0) != 0) return;
            s_isIdle = new bool[workers];
            s_idle = new int[workers];
            s_workers = new KernelTask?[workers];
            for (int i = 0; i < workers; i++) KernelTask.Spawn("executor", &WorkerMain, (nuint)i);
        }

        /// <summary>Set in each worker task only ([ThreadStatic] is per task in the kernel).</summary>
        [ThreadStatic] private static bool t_isWorker;

        /// <summary>True on the executor's own worker tasks, which must never park waiting for a future (they run the futures).</summary>
        public static bool OnWorker => t_isWorker;

        /// <summary>Appends a job (its queued flag already set) and wakes an idle worker. Any context.</summary>
        internal static void Enqueue(Job job)
        {
            KernelTask? idle = null;
            using (s_lock.Lock())
            {
                job.NextReady = null;
                if (s_tail == null) s_head = job;
                else s_tail.NextReady = job;
                s_tail = job;
                if (s_idleCount > 0)
                {
                    int index = s_idle![--s_idleCount];
                    s_isIdle![index] = false;
                    idle = s_workers![index];
                }
            }
            idle?.Wake();
        }

        /// <summary>A worker listed as idle whose park ended without a wake (a stale waker) and found work. Lock held.</summary>
        private static void LeaveIdle(int index)
        {
            s_isIdle![index] = false;
            int at = 0;
            while (s_idle![at] != index) at++;
            s_idle[at] = s_idle[--s_idleCount];
        }

        private static void WorkerMain(nuint argument)
        {
            int index = (int)argument;
            t_isWorker = true;
            using (s_lock.Lock()) s_workers![index] = KernelTask.Current;
            while (true)
            {
                Job? job;
                using (s_lock.Lock())
                {
                    job = s_head;
                    if (job != null)
                    {
                        s_head = job.NextReady;
                        if (s_head == null) s_tail = null;
                        job.NextReady = null;
                        if (s_isIdle![index]) LeaveIdle(index);
                    }
                    else
                    {
                        if (!s_isIdle![index])
                        {
                            s_isIdle[index] = true;
                            s_idle![s_idleCount++] = index;
                        }
                        KernelTask.PrepareToPark();
                    }
                }
                if (job == null) KernelTask.Park();
                else job.Run();
            }
        }
    }
}
