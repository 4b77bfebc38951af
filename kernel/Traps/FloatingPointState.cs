using Rivet.Arch.RiscV;

namespace Rivet.Kernel.Traps
{
    /// <summary>
    /// A task starts with sstatus.FS = Off and no FP state. Its first FP instruction is then an
    /// illegal-instruction exception (privileged spec 1.12 section 3.1.6.6); <see cref="TryEnableOnFirstUse"/>
    /// turns FS to Initial in its frame (whose FP slots are zero) and the instruction runs again.
    /// From then on the trap vector saves its FP registers only when it dirtied them
    /// (Arch/RiscV/trap_vector.S). rv32imac has no FPU: nothing to enable.
    /// </summary>
    internal static unsafe class FloatingPointState
    {
        /// <summary>True (and the frame's FS now Initial) when this exception is a first FP use; false for any other fault.</summary>
        public static bool TryEnableOnFirstUse(TrapFrame* frame, Scause cause)
        {
#if RV32
            return false;
#else
            if (cause.IsInterrupt || cause.AsException != ExceptionCause.IllegalInstruction) return false;
            var status = new Sstatus(frame->Sstatus);
            if (status.Fs != ExtensionState.Off) return false;
            frame->Sstatus = status.WithFs(ExtensionState.Initial).Raw;
            return true;
#endif
        }

        /// <summary>The sstatus a new task starts with: S-mode (SPP), interrupts on after sret (SPIE), FS Off; other fields as this hart's.</summary>
        public static nuint InitialTaskStatus()
        {
            Sstatus status = Sstatus.Read().WithSie(false).WithSpie(true).WithSpp(PrivilegeMode.Supervisor);
#if !RV32
            status = status.WithFs(ExtensionState.Off);
#endif
            return status.Raw;
        }
    }
}
