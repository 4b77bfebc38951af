using System;

namespace Rivet
{
    /// <summary>
    /// Declares a partial struct as the typed view of one control and status register
    /// (RISC-V privileged spec, ch. 2). The generator adds the raw value, typed field accessors
    /// from <see cref="CsrFieldAttribute"/>, and static <c>Read</c>/<c>Write</c>/<c>Set</c>/<c>Clear</c>/<c>Swap</c>
    /// that are one CSR instruction each. Read-only CSRs (number bits 11:10 == 0b11) get only <c>Read</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, Inherited = false)]
    public sealed class CsrAttribute : Attribute
    {
        public CsrAttribute(int number) { Number = number; }

        /// <summary>The 12-bit CSR address.</summary>
        public int Number { get; }

        /// <summary>
        /// For a 64-bit register (time, stimecmp): the CSR that holds its upper half on rv32
        /// (e.g. timeh = 0xC81). The generator then adds <c>Read64()</c>, and <c>Write64()</c>
        /// unless the register is read-only.
        /// </summary>
        public int HighHalf { get; set; }

        /// <summary>32 or 64 for a CSR that exists on that XLEN only (e.g. menvcfgh); 0 for both.</summary>
        public int Xlen { get; set; }
    }
}
