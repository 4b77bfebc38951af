namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// Where a task is in its life. Transitions (docs/tasks.md, "Task states"): Ready → Running
    /// (a hart takes it) → Ready (preempted or yielded) | Parking (about to park) | Exiting.
    /// Parking → Parked (its hart switched away) | Woken (a waker came first; it keeps running).
    /// Parked → Ready (woken). Exiting → Dead (its hart switched away: nothing reaches its stack or
    /// frame any more, so they may be released). Wakers only ever move Parking and Parked, by
    /// compare-and-swap; every other transition is made by the hart running the task.
    /// </summary>
    internal enum TaskState
    {
        Ready,
        Running,
        Parking,
        Parked,
        Woken,
        Exiting,
        Dead,
    }
}
