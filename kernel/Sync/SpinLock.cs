using System.Threading;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A lock that masks the calling hart's interrupts while held, so it may be taken anywhere,
    /// trap handlers included, and must be held only briefly (DESIGN.md, "Kernel decisions").
    /// Re-entering it on the same hart would deadlock, so it panics instead. Usage:
    /// <c>bool interrupts = l.Acquire(); … l.Release(interrupts);</c>
    /// </summary>
    [InterruptMaskingLock]
    public struct SpinLock
    {
        /// <summary>0 when free, otherwise the owning hart's index + 1 (int.MaxValue for a hart still being started).</summary>
        private int _owner;

        /// <summary>Masks interrupts, then spins until the lock is free. Returns whether interrupts were enabled.</summary>
        public bool Acquire()
        {
            bool interrupts = Interrupts.Disable();
            // A hart that is still being started has no identity yet (index -1): it cannot hold any lock.
            int index = CurrentHart.Index;
            int me = index < 0 ? int.MaxValue : index + 1;
            if (index >= 0 && Volatile.Read(ref _owner) == me) KernelPanic.Halt("spin lock re-entered on the hart that holds it");
            while (Interlocked.CompareExchange(ref _owner, me, 0) != 0)
            {
                while (Volatile.Read(ref _owner) != 0)
                {
                }
            }
            return interrupts;
        }

        /// <summary>Frees the lock, then restores the interrupt state <see cref="Acquire"/> returned.</summary>
        public void Release(bool interrupts)
        {
            Volatile.Write(ref _owner, 0);
            Interrupts.Restore(interrupts);
        }

        /// <summary>True when some hart holds the lock (for panic paths that must not wait for it).</summary>
        public bool IsHeld => Volatile.Read(ref _owner) != 0;
    }
}
