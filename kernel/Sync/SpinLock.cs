using System.Runtime.CompilerServices;
using System.Threading;
using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A mutual-exclusion lock that masks the calling hart's interrupts while held (through
    /// <see cref="InterruptMask"/>, so holding several nests), so it may be taken anywhere, trap
    /// handlers included, and must be held only briefly (DESIGN.md, "Kernel decisions";
    /// docs/tasks.md, "Which lock"). Re-entering it on the same hart would deadlock, so it panics
    /// instead. A lock must live where it never moves: a static field or a field of a class.
    /// <code>using (s_lock.Lock()) { … }</code>
    /// </summary>
    [InterruptMaskingLock]
    public unsafe struct SpinLock
    {
        /// <summary>0 when free, otherwise the owning hart's index + 1 (int.MaxValue for a hart still being started).</summary>
        private int _owner;

        /// <summary>Masks interrupts, spins until the lock is free, and returns the guard whose Dispose releases it.</summary>
        public SpinLockGuard Lock()
        {
            int me = OwnerId(InterruptMask.Push());
            if (me != int.MaxValue && Volatile.Read(ref _owner) == me) KernelPanic.Halt("spin lock re-entered on the hart that holds it");
            while (Interlocked.CompareExchange(ref _owner, me, 0) != 0)
            {
                while (Volatile.Read(ref _owner) != 0)
                {
                }
            }
            return new SpinLockGuard(Unsafe.AsPointer(ref this), &Release);
        }

        /// <summary>True when some hart holds the lock (for panic paths that must not wait for it).</summary>
        public bool IsHeld => Volatile.Read(ref _owner) != 0;

        private static void Release(void* held)
        {
            Volatile.Write(ref ((SpinLock*)held)->_owner, 0);
            InterruptMask.Pop();
        }

        /// <summary>The owner value of the hart with <paramref name="index"/> (<see cref="InterruptMask.Push"/>'s result); a hart that is being started has no index yet.</summary>
        internal static int OwnerId(int index) => index < 0 ? int.MaxValue : index + 1;
    }
}
