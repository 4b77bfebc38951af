namespace Rivet.Kernel.Time
{
    /// <summary>Something waiting for a deadline. <see cref="Wake"/> runs in the timer interrupt: it must not allocate or block.</summary>
    internal interface ITimerWaiter
    {
        void Wake(ulong now);
    }
}
