using System.Runtime.InteropServices;
using Rivet.Arch.RiscV;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// A load, store or instruction fetch at an address that reports the exception it raises
    /// instead of panicking: how the self-test proves that the page tables enforce the permissions
    /// they state. The accesses run in access_probe.S, whose fault sites <see cref="TryRecover"/>
    /// recognises from the trap dispatcher, the way an exception table does.
    /// </summary>
    internal static unsafe class AccessProbe
    {
        /// <summary>
        /// The code an execute probe jumps to, as two 32-bit instructions (unprivileged spec 20191213,
        /// 2.4 and 2.5): addi a0, zero, -1 and jalr zero, 0(ra). It returns "no exception" to the
        /// probe's caller.
        /// </summary>
        public const uint ReturnAllOnesFirst = 0xFFF0_0513, ReturnAllOnesSecond = 0x0000_8067;

        public static ProbeResult Load(nuint address)
        {
            nuint faultAddress = 0;
            nuint cause = ProbeLoad(address, &faultAddress);
            return new ProbeResult(cause, faultAddress);
        }

        public static ProbeResult Store(nuint address, byte value)
        {
            nuint faultAddress = 0;
            nuint cause = ProbeStore(address, value, &faultAddress);
            return new ProbeResult(cause, faultAddress);
        }

        /// <summary>Jumps to <paramref name="target"/>, which must hold <see cref="ReturnAllOnesFirst"/> and <see cref="ReturnAllOnesSecond"/> (instruction fetches are coherent with earlier stores only after fence.i).</summary>
        public static ProbeResult Execute(nuint target)
        {
            nuint faultAddress = 0;
            // Masked, so that the task stays on this hart between arming and disarming.
            bool interrupts = Interrupts.Disable();
            HartMeta hart = CurrentHart.Meta!;
            hart.ExecuteProbeTarget = target;
            nuint cause = ProbeExecute(target, &faultAddress);
            hart.ExecuteProbeTarget = 0;
            Interrupts.Restore(interrupts);
            return new ProbeResult(cause, faultAddress);
        }

        /// <summary>
        /// Called by the trap dispatcher for an exception: when it was raised by a probe's access,
        /// resumes the probe's fault return with a0 = scause and t0 = stval and returns true.
        /// </summary>
        public static bool TryRecover(HartMeta hart, TrapFrame* frame)
        {
            nuint pc = frame->Sepc;
            bool probed = pc == LoadSite() || pc == StoreSite() || (hart.ExecuteProbeTarget != 0 && pc == hart.ExecuteProbeTarget);
            if (!probed) return false;
            frame->A0 = frame->Scause;
            frame->T0 = frame->Stval;
            frame->Sepc = FaultReturn();
            return true;
        }

        [DllImport("*", EntryPoint = "rivet_probe_load")]
        private static extern nuint ProbeLoad(nuint address, nuint* faultAddress);

        [DllImport("*", EntryPoint = "rivet_probe_store")]
        private static extern nuint ProbeStore(nuint address, byte value, nuint* faultAddress);

        [DllImport("*", EntryPoint = "rivet_probe_execute")]
        private static extern nuint ProbeExecute(nuint target, nuint* faultAddress);

        [DllImport("*", EntryPoint = "rivet_probe_load_site_address")]
        private static extern nuint LoadSite();

        [DllImport("*", EntryPoint = "rivet_probe_store_site_address")]
        private static extern nuint StoreSite();

        [DllImport("*", EntryPoint = "rivet_probe_fault_return_address")]
        private static extern nuint FaultReturn();
    }
}
