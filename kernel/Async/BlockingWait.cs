using System;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>How a kernel task (not a future) waits for a future: it registers itself as the waker and parks.</summary>
    internal static class BlockingWait
    {
        /// <summary>
        /// Called first by every Wait, completed or not, so the mistake shows every time: a future
        /// that blocked its worker could wait for work only workers do (with one worker, for ever).
        /// </summary>
        public static void RefuseOnExecutorWorker()
        {
            if (Executor.OnWorker) throw new InvalidOperationException("a future waited (Wait, or a blocking lock acquire) instead of awaiting");
        }

        /// <summary>
        /// Returns once the source's operation completed. Every PrepareToPark is followed by Park
        /// (only Park parks; a wake that finds the task "parking" makes that Park return). The waker is
        /// registered after PrepareToPark, so its wake is not lost; Park may also return for a stale
        /// wake, and a wake that came before a later PrepareToPark is replaced by waking ourselves.
        /// </summary>
        [Blocking]
        public static void UntilCompleted(IFutureSource source, int token)
        {
            if (source.IsCompleted(token)) return;
            KernelTask task = KernelTask.Current ?? throw new InvalidOperationException("only a kernel task can wait for a future; a future awaits it");
            KernelTask.PrepareToPark();
            source.OnCompleted(task, token);
            KernelTask.Park();
            while (!source.IsCompleted(token))
            {
                KernelTask.PrepareToPark();
                if (source.IsCompleted(token)) task.Wake();
                KernelTask.Park();
            }
        }
    }
}
