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
    /// A job is woken once per suspension, by what it awaits: a wake at any other moment would
    /// resume the method before its awaited result exists (which fails it with an
    /// InvalidOperationException), so nothing else holds a job as a waker.
    /// </summary>
    internal abstract class Job : IWakeable
    {
        /// <summary>The executor's ready-queue link; touched only under the executor's lock.</summary>
        internal Job? NextReady;
        /// <summary>1 from <see cref="Wake"/> until the executor takes the job off its queue.</summary>
        private int _queued;

        /// <summary>
        /// The continuation the builder hands awaiters (the C# await pattern passes an Action):
        /// <see cref="Wake"/>, made once per job (jobs are pooled, so once per pool slot).
        /// </summary>
        public readonly Action WakeAction;

        protected Job() => WakeAction = Wake;

        /// <summary>
        /// The job behind an awaiter's continuation. Futures accept no other continuation: a
        /// Task-style continuation would run the awaiting method inside the interrupt handler that
        /// completes the future. Kernel tasks wait with Future.Wait instead.
        /// </summary>
        public static Job Of(Action continuation) =>
            continuation.Target as Job ?? throw new NotSupportedException("kernel futures are awaited by async Future methods only (kernel tasks use Wait)");

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
