namespace Rivet.Kernel.Time
{
    /// <summary>Names one scheduled timer of a <see cref="TimerQueue{TWaiter}"/>; stale once it fired or was cancelled.</summary>
    public readonly struct TimerHandle
    {
        internal readonly int Slot;
        internal readonly uint Generation;

        internal TimerHandle(int slot, uint generation)
        {
            Slot = slot;
            Generation = generation;
        }
    }
}
