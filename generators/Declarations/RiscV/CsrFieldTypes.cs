// Enums that typed CSR fields read as (RISC-V privileged spec, version 20211203 / 1.12).
using System;

namespace Rivet.Arch.RiscV
{
    /// <summary>Privilege levels as encoded in xPP fields (priv spec 1.2, table 1.1).</summary>
    public enum PrivilegeMode
    {
        User = 0,
        Supervisor = 1,
        Machine = 3,
    }

    /// <summary>FS/VS/XS encoding (priv spec 3.1.6.6, table 3.3).</summary>
    public enum ExtensionState
    {
        Off = 0,
        Initial = 1,
        Clean = 2,
        Dirty = 3,
    }

    /// <summary>xtvec MODE (priv spec 3.1.7, table 3.5).</summary>
    public enum TrapVectorMode
    {
        Direct = 0,
        Vectored = 1,
    }

    /// <summary>satp MODE (priv spec 4.1.11, table 4.4): Sv32 on rv32 (1-bit field), Sv39/48/57 on rv64.</summary>
    public enum SatpMode
    {
        Bare = 0,
        Sv32 = 1,
        Sv39 = 8,
        Sv48 = 9,
        Sv57 = 10,
    }

    /// <summary>misa/xstatus XL encoding (priv spec 3.1.1, table 3.1).</summary>
    public enum XlenEncoding
    {
        Rv32 = 1,
        Rv64 = 2,
        Rv128 = 3,
    }

    /// <summary>Interrupt exception codes of scause/mcause with Interrupt = 1 (priv spec 3.1.15, table 3.6).</summary>
    public enum InterruptCause
    {
        SupervisorSoftware = 1,
        MachineSoftware = 3,
        SupervisorTimer = 5,
        MachineTimer = 7,
        SupervisorExternal = 9,
        MachineExternal = 11,
    }

    /// <summary>Exception codes of scause/mcause with Interrupt = 0 (priv spec 3.1.15, table 3.6).</summary>
    public enum ExceptionCause
    {
        InstructionAddressMisaligned = 0,
        InstructionAccessFault = 1,
        IllegalInstruction = 2,
        Breakpoint = 3,
        LoadAddressMisaligned = 4,
        LoadAccessFault = 5,
        StoreAddressMisaligned = 6,
        StoreAccessFault = 7,
        EnvironmentCallFromUser = 8,
        EnvironmentCallFromSupervisor = 9,
        EnvironmentCallFromMachine = 11,
        InstructionPageFault = 12,
        LoadPageFault = 13,
        StorePageFault = 15,
    }

    /// <summary>One pmpNcfg byte (priv spec 3.7.1, figure 3.32): R, W, X, A (bits 4:3), L.</summary>
    [Flags]
    public enum PmpConfig : byte
    {
        None = 0,
        Read = 0x01,
        Write = 0x02,
        Execute = 0x04,
        TopOfRange = 0x08,
        NaturallyAligned4 = 0x10,
        NaturallyAlignedPowerOfTwo = 0x18,
        Locked = 0x80,
    }
}
