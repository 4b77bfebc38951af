namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// Something a waker can make runnable again: a parked kernel task, or an executor job.
    /// <see cref="Wake"/> runs in any context, interrupt handlers included: it must not allocate,
    /// block or take a task-only lock. Waking twice, or waking something already running, is harmless.
    /// </summary>
    internal interface IWakeable
    {
        void Wake();
    }
}
