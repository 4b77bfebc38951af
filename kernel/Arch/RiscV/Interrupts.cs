using Rivet.Arch.RiscV;
using Rivet.Hardware;

namespace Rivet.Kernel.Arch.RiscV
{
    /// <summary>The calling hart's supervisor interrupt enable (sstatus.SIE, privileged spec 4.1.1).</summary>
    internal static class Interrupts
    {
        /// <summary>Masks interrupts and says whether they were enabled, for <see cref="Restore"/>.</summary>
        public static bool Disable()
        {
            // Read, then clear: an interrupt between the two returns with SIE as it was, so the answer stays right.
            bool wasEnabled = Sstatus.Read().Sie;
            Sstatus.ClearSie();
            return wasEnabled;
        }

        public static void Restore(bool wasEnabled)
        {
            if (wasEnabled) Sstatus.SetSie();
        }

        public static void Enable() => Sstatus.SetSie();

        public static bool AreEnabled => Sstatus.Read().Sie;

        /// <summary>
        /// Sleeps until an interrupt is pending. With SIE clear the interrupt is not taken, but wfi
        /// still wakes (privileged spec 3.3.3), so callers can check their condition without a race.
        /// </summary>
        public static void WaitForInterrupt() => Cpu.WaitForInterrupt();
    }
}
