// Supervisor-level CSRs (RISC-V privileged spec 1.12, chapter 4) and the time counter
// (unprivileged spec, Zicntr). The CSR generator writes the accessors; see docs/generators.md.
using Rivet;

namespace Rivet.Arch.RiscV
{
    /// <summary>sstatus (priv spec 4.1.1).</summary>
    [Csr(0x100)]
    [CsrField("Sie", 1)]
    [CsrField("Spie", 5)]
    [CsrField("Ube", 6)]
    [CsrField("Spp", 8, Type = typeof(PrivilegeMode))]
    [CsrField("Vs", 9, 2, Type = typeof(ExtensionState))]
    [CsrField("Fs", 13, 2, Type = typeof(ExtensionState))]
    [CsrField("Xs", 15, 2, Type = typeof(ExtensionState))]
    [CsrField("Sum", 18)]
    [CsrField("Mxr", 19)]
    [CsrField("Uxl", 32, 2, Type = typeof(XlenEncoding), Xlen = 64)]
    [CsrField("Sd", -1, ReadOnly = true)]
    public partial struct Sstatus;

    /// <summary>sie (priv spec 4.1.3): supervisor interrupt enables.</summary>
    [Csr(0x104)]
    [CsrField("Ssie", 1)]
    [CsrField("Stie", 5)]
    [CsrField("Seie", 9)]
    public partial struct Sie;

    /// <summary>stvec (priv spec 4.1.2): BASE holds address bits XLEN-1:2.</summary>
    [Csr(0x105)]
    [CsrField("Mode", 0, 2, Type = typeof(TrapVectorMode))]
    [CsrField("Base", 2, CsrFieldAttribute.ToTop)]
    public partial struct Stvec;

    /// <summary>stimecmp (Sstc extension): a supervisor timer interrupt is pending while time >= stimecmp; stimecmph (0x15D) on rv32.</summary>
    [Csr(0x14D, HighHalf = 0x15D)]
    public partial struct Stimecmp;

    /// <summary>sscratch (priv spec 4.1.6): Rivet keeps the current trap frame's address here.</summary>
    [Csr(0x140)]
    public partial struct Sscratch;

    /// <summary>sepc (priv spec 4.1.7).</summary>
    [Csr(0x141)]
    public partial struct Sepc;

    /// <summary>scause (priv spec 4.1.8).</summary>
    [Csr(0x142)]
    [CsrCause(typeof(InterruptCause), typeof(ExceptionCause))]
    public partial struct Scause;

    /// <summary>stval (priv spec 4.1.9).</summary>
    [Csr(0x143)]
    public partial struct Stval;

    /// <summary>sip (priv spec 4.1.3): supervisor interrupts pending.</summary>
    [Csr(0x144)]
    [CsrField("Ssip", 1)]
    [CsrField("Stip", 5)]
    [CsrField("Seip", 9)]
    public partial struct Sip;

    /// <summary>satp (priv spec 4.1.11): Sv32 layout on rv32, Sv39/48/57 layout on rv64.</summary>
    [Csr(0x180)]
    [CsrField("Ppn", 0, 22, Xlen = 32)]
    [CsrField("Asid", 22, 9, Xlen = 32)]
    [CsrField("Mode", 31, 1, Type = typeof(SatpMode), Xlen = 32)]
    [CsrField("Ppn", 0, 44, Xlen = 64)]
    [CsrField("Asid", 44, 16, Xlen = 64)]
    [CsrField("Mode", 60, 4, Type = typeof(SatpMode), Xlen = 64)]
    public partial struct Satp;

    /// <summary>time (unprivileged spec, Zicntr); timeh (0xC81) holds bits 63:32 on rv32.</summary>
    [Csr(0xC01, HighHalf = 0xC81)]
    public partial struct Time;
}
