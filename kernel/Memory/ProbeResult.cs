using Rivet.Arch.RiscV;

namespace Rivet.Kernel.Memory
{
    /// <summary>What an access probe saw: nothing, or the exception the access raised and its stval.</summary>
    internal readonly struct ProbeResult
    {
        public readonly bool Faulted;
        public readonly ExceptionCause Cause;
        /// <summary>stval of the exception: the faulting virtual address for a page or access fault (privileged spec 1.12, 4.1.9).</summary>
        public readonly nuint Address;

        /// <summary>From a probe's return: all ones (no scause value) when the access completed.</summary>
        public ProbeResult(nuint scause, nuint stval)
        {
            Faulted = scause != nuint.MaxValue;
            Cause = (ExceptionCause)scause;
            Address = stval;
        }

        /// <summary>True when the access raised exactly <paramref name="cause"/> at <paramref name="address"/>.</summary>
        public bool Is(ExceptionCause cause, nuint address) => Faulted && Cause == cause && Address == address;
    }
}
