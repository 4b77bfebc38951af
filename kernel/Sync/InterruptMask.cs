using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// Nested interrupt masking per hart, as xv6's push_off/pop_off: the first <see cref="Push"/>
    /// on a hart remembers whether its interrupts were enabled, the matching last <see cref="Pop"/>
    /// restores that. Every spin lock masks through here, so locks taken inside one another, and
    /// released in any order, leave interrupts masked until the last one goes.
    /// Invariant: a hart with a non-zero depth runs with sstatus.SIE clear, so it is never
    /// preempted and its task cannot move to another hart while the depth is counted here.
    /// </summary>
    internal static class InterruptMask
    {
        private static readonly int[] s_depth = new int[PlatformDescription.MaxHarts];
        private static readonly bool[] s_enabledBefore = new bool[PlatformDescription.MaxHarts];

        /// <summary>Masks, counts one more level, and returns the calling hart's index (-1 on a hart still being started), which cannot change until the matching <see cref="Pop"/>.</summary>
        public static int Push()
        {
            bool wasEnabled = Interrupts.Disable();
            int hart = CurrentHart.Index;
            // A hart still being started runs with interrupts masked and holds no lock across its start.
            if (hart < 0) return hart;
            if (s_depth[hart]++ == 0) s_enabledBefore[hart] = wasEnabled;
            return hart;
        }

        public static void Pop()
        {
            int hart = CurrentHart.Index;
            if (hart < 0) return;
            if (Interrupts.AreEnabled) KernelPanic.Halt("interrupts were enabled while a spin lock was held");
            if (s_depth[hart] <= 0) KernelPanic.Halt("a spin lock was released more often than it was taken");
            if (--s_depth[hart] == 0 && s_enabledBefore[hart]) Interrupts.Enable();
        }

        /// <summary>How many spin locks the calling hart holds (0 in a task that may park or yield).</summary>
        public static int Depth
        {
            get
            {
                // With interrupts on, the depth is 0 (the invariant above), and the task could move
                // to another hart between finding its hart and reading the count: answer directly.
                if (Interrupts.AreEnabled) return 0;
                int hart = CurrentHart.Index;
                return hart < 0 ? 0 : s_depth[hart];
            }
        }
    }
}
