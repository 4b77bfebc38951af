using System;
using System.Threading;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// Something the <see cref="Executor"/> runs: an async method's state machine, resumed where it
    /// last awaited. <see cref="Wake"/> may run in any context, interrupt handlers included: it
    /// sets the atomic "queued" flag and, if it was clear, links the job into the executor's ready
    /// queue through <see cref="NextReady"/> — no allocation, no lock but the executor's spin lock.
    /// A job is woken once per suspension, by the continuation of what it awaits.
    /// </summary>
    internal abstract class Job : IWakeable
    {
        /// <summary>The executor's ready-queue link; touched only under the executor's lock.</summary>
        internal Job? NextReady;
        /// <summary>1 from <see cref="Wake"/> until the executor takes the job off its queue.</summary>
        private int _queued;

        /// <summary>The continuation awaiters are given: <see cref="Wake"/>, made once per job (jobs are pooled, so once per pool slot).</summary>
        public readonly Action WakeAction;

        protected Job() => WakeAction = Wake;

        public void Wake()
        {
            if (Interlocked.Exchange(ref _queued, 1) == 0) Executor.Enqueue(this);
        }

        /// <summary>Called by the executor after it dequeued the job: a wake from now on queues it again.</summary>
        internal void Run()
        {
            Volatile.Write(ref _queued, 0);
            Resume();
        }

        protected abstract void Resume();
    }
}
