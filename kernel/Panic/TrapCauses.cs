using Rivet.Arch.RiscV;

namespace Rivet.Kernel.Panic
{
    /// <summary>Names of scause values (privileged spec 1.12, table 4.2), as string literals for panic reports.</summary>
    internal static class TrapCauses
    {
        public static string Describe(Scause cause)
        {
            if (cause.IsInterrupt)
            {
                return cause.AsInterrupt switch
                {
                    InterruptCause.SupervisorSoftware => "supervisor software interrupt",
                    InterruptCause.SupervisorTimer => "supervisor timer interrupt",
                    InterruptCause.SupervisorExternal => "supervisor external interrupt",
                    _ => "unexpected interrupt",
                };
            }
            return cause.AsException switch
            {
                ExceptionCause.InstructionAddressMisaligned => "instruction address misaligned",
                ExceptionCause.InstructionAccessFault => "instruction access fault",
                ExceptionCause.IllegalInstruction => "illegal instruction",
                ExceptionCause.Breakpoint => "breakpoint",
                ExceptionCause.LoadAddressMisaligned => "load address misaligned",
                ExceptionCause.LoadAccessFault => "load access fault",
                ExceptionCause.StoreAddressMisaligned => "store/AMO address misaligned",
                ExceptionCause.StoreAccessFault => "store/AMO access fault",
                ExceptionCause.EnvironmentCallFromUser => "environment call from U-mode",
                ExceptionCause.EnvironmentCallFromSupervisor => "environment call from S-mode",
                ExceptionCause.InstructionPageFault => "instruction page fault",
                ExceptionCause.LoadPageFault => "load page fault",
                ExceptionCause.StorePageFault => "store/AMO page fault",
                _ => "reserved exception",
            };
        }

        public static bool IsPageFault(Scause cause) =>
            !cause.IsInterrupt && (cause.AsException == ExceptionCause.InstructionPageFault
                || cause.AsException == ExceptionCause.LoadPageFault || cause.AsException == ExceptionCause.StorePageFault);
    }
}
