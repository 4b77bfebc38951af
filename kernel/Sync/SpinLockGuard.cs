namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A held spin lock (<see cref="SpinLock"/>, or either side of a <see cref="SpinReaderWriterLock"/>):
    /// disposing it releases the lock once. A ref struct, so it cannot outlive its scope, be stored,
    /// or live across an await.
    /// </summary>
    [InterruptMaskingLock]
    public unsafe ref struct SpinLockGuard
    {
        private void* _lock;
        private readonly delegate*<void*, void> _release;

        internal SpinLockGuard(void* held, delegate*<void*, void> release)
        {
            _lock = held;
            _release = release;
        }

        public void Dispose()
        {
            if (_lock == null) return;
            _release(_lock);
            _lock = null;
        }
    }
}
