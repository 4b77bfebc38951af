using Rivet.Arch.RiscV;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// Which hart the caller runs on, read from sscratch: by the HartMeta invariant sscratch always
    /// holds a live trap frame of this hart, and every frame's HartMeta slot holds the hart's index.
    /// This needs no thread-local storage, so it also works in code the platform runs before a
    /// hart's tp is set up (the page provider, for one).
    /// </summary>
    internal static unsafe class CurrentHart
    {
        private static int s_bootIndex;
        private static bool s_bootHartActive;

        /// <summary>
        /// The hart's index in the device tree's hart list; -1 on a hart that has not activated its
        /// HartMeta yet while others have (a hart being started). Before the boot hart activates
        /// its own, only the boot hart runs, and this is its index.
        /// </summary>
        public static int Index
        {
            get
            {
                nuint frame = Sscratch.Read().Raw;
                if (frame != 0) return (int)((TrapFrame*)frame)->HartMeta;
                return s_bootHartActive ? -1 : s_bootIndex;
            }
        }

        /// <summary>The hart id (mhartid) of the calling hart, or uint.MaxValue while it is unknown.</summary>
        public static uint Id
        {
            get
            {
                int index = Index;
                return index < 0 ? uint.MaxValue : Devices.Description.HartId(index);
            }
        }

        /// <summary>The calling hart's HartMeta; null before it is activated.</summary>
        public static HartMeta? Meta
        {
            get
            {
                int index = Index;
                return index < 0 ? null : HartMeta.ForIndex(index);
            }
        }

        /// <summary>Set once the device tree says which index the boot hart has.</summary>
        public static void SetBootIndex(int index) => s_bootIndex = index;

        /// <summary>Called by <see cref="HartMeta.Activate"/>: from now on a hart without a frame is one being started.</summary>
        public static void MarkActivated() => s_bootHartActive = true;
    }
}
