// Machine-level CSRs the boot stage uses (RISC-V privileged spec 1.12, chapter 3).
using Rivet;

namespace Rivet.Arch.RiscV
{
    /// <summary>mstatus (priv spec 3.1.6); on rv32 MBE/SBE live in mstatush, which Rivet does not use.</summary>
    [Csr(0x300)]
    [CsrField("Sie", 1)]
    [CsrField("Mie", 3)]
    [CsrField("Spie", 5)]
    [CsrField("Ube", 6)]
    [CsrField("Mpie", 7)]
    [CsrField("Spp", 8, Type = typeof(PrivilegeMode))]
    [CsrField("Vs", 9, 2, Type = typeof(ExtensionState))]
    [CsrField("Mpp", 11, 2, Type = typeof(PrivilegeMode))]
    [CsrField("Fs", 13, 2, Type = typeof(ExtensionState))]
    [CsrField("Xs", 15, 2, Type = typeof(ExtensionState))]
    [CsrField("Mprv", 17)]
    [CsrField("Sum", 18)]
    [CsrField("Mxr", 19)]
    [CsrField("Tvm", 20)]
    [CsrField("Tw", 21)]
    [CsrField("Tsr", 22)]
    [CsrField("Uxl", 32, 2, Type = typeof(XlenEncoding), Xlen = 64)]
    [CsrField("Sxl", 34, 2, Type = typeof(XlenEncoding), Xlen = 64)]
    [CsrField("Sbe", 36, Xlen = 64)]
    [CsrField("Mbe", 37, Xlen = 64)]
    [CsrField("Sd", -1, ReadOnly = true)]
    public partial struct Mstatus;

    /// <summary>medeleg (priv spec 3.1.8): one bit per exception code delegated to S-mode.</summary>
    [Csr(0x302)]
    [CsrField("InstructionAddressMisaligned", 0)]
    [CsrField("InstructionAccessFault", 1)]
    [CsrField("IllegalInstruction", 2)]
    [CsrField("Breakpoint", 3)]
    [CsrField("LoadAddressMisaligned", 4)]
    [CsrField("LoadAccessFault", 5)]
    [CsrField("StoreAddressMisaligned", 6)]
    [CsrField("StoreAccessFault", 7)]
    [CsrField("EnvironmentCallFromUser", 8)]
    [CsrField("EnvironmentCallFromSupervisor", 9)]
    [CsrField("InstructionPageFault", 12)]
    [CsrField("LoadPageFault", 13)]
    [CsrField("StorePageFault", 15)]
    public partial struct Medeleg;

    /// <summary>mideleg (priv spec 3.1.8): supervisor interrupts delegated to S-mode.</summary>
    [Csr(0x303)]
    [CsrField("Ssi", 1)]
    [CsrField("Sti", 5)]
    [CsrField("Sei", 9)]
    public partial struct Mideleg;

    /// <summary>mie (priv spec 3.1.9): interrupt enables.</summary>
    [Csr(0x304)]
    [CsrField("Ssie", 1)]
    [CsrField("Msie", 3)]
    [CsrField("Stie", 5)]
    [CsrField("Mtie", 7)]
    [CsrField("Seie", 9)]
    [CsrField("Meie", 11)]
    public partial struct Mie;

    /// <summary>mtvec (priv spec 3.1.7).</summary>
    [Csr(0x305)]
    [CsrField("Mode", 0, 2, Type = typeof(TrapVectorMode))]
    [CsrField("Base", 2, CsrFieldAttribute.ToTop)]
    public partial struct Mtvec;

    /// <summary>mcounteren (priv spec 3.1.11): which counters S-mode may read.</summary>
    [Csr(0x306)]
    [CsrField("Cy", 0)]
    [CsrField("Tm", 1)]
    [CsrField("Ir", 2)]
    public partial struct Mcounteren;

    /// <summary>menvcfg (priv spec 3.1.18): STCE (Sstc) enables stimecmp; on rv32 it is bit 31 of menvcfgh.</summary>
    [Csr(0x30A)]
    [CsrField("Fiom", 0)]
    [CsrField("Stce", 63, Xlen = 64)]
    public partial struct Menvcfg;

    /// <summary>menvcfgh (priv spec 3.1.18): the upper half of menvcfg, rv32 only.</summary>
    [Csr(0x31A, Xlen = 32)]
    [CsrField("Stce", 31)]
    public partial struct Menvcfgh;

    /// <summary>mscratch (priv spec 3.1.14).</summary>
    [Csr(0x340)]
    public partial struct Mscratch;

    /// <summary>mepc (priv spec 3.1.15).</summary>
    [Csr(0x341)]
    public partial struct Mepc;

    /// <summary>mcause (priv spec 3.1.16).</summary>
    [Csr(0x342)]
    [CsrCause(typeof(InterruptCause), typeof(ExceptionCause))]
    public partial struct Mcause;

    /// <summary>mip (priv spec 3.1.9): interrupts pending; M-mode sets STIP to forward a machine timer interrupt.</summary>
    [Csr(0x344)]
    [CsrField("Ssip", 1)]
    [CsrField("Msip", 3)]
    [CsrField("Stip", 5)]
    [CsrField("Mtip", 7)]
    [CsrField("Seip", 9)]
    [CsrField("Meip", 11)]
    public partial struct Mip;

    /// <summary>pmpcfg0 (priv spec 3.7.1): pmp0cfg..pmp3cfg on rv32, pmp0cfg..pmp7cfg on rv64.</summary>
    [Csr(0x3A0)]
    [CsrField("Pmp0", 0, 8, Type = typeof(PmpConfig))]
    [CsrField("Pmp1", 8, 8, Type = typeof(PmpConfig))]
    [CsrField("Pmp2", 16, 8, Type = typeof(PmpConfig))]
    [CsrField("Pmp3", 24, 8, Type = typeof(PmpConfig))]
    [CsrField("Pmp4", 32, 8, Type = typeof(PmpConfig), Xlen = 64)]
    [CsrField("Pmp5", 40, 8, Type = typeof(PmpConfig), Xlen = 64)]
    [CsrField("Pmp6", 48, 8, Type = typeof(PmpConfig), Xlen = 64)]
    [CsrField("Pmp7", 56, 8, Type = typeof(PmpConfig), Xlen = 64)]
    public partial struct Pmpcfg0;

    /// <summary>pmpaddr0 (priv spec 3.7.1): physical address bits 33:2 (rv32) or 55:2 (rv64).</summary>
    [Csr(0x3B0)]
    public partial struct Pmpaddr0;

    /// <summary>mhartid (priv spec 3.1.5), read-only.</summary>
    [Csr(0xF14)]
    public partial struct Mhartid;
}
