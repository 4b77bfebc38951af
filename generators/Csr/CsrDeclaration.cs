using Rivet.Generators.Common;

namespace Rivet.Generators.Csr
{
    /// <summary>A CSR as declared with [Csr]/[CsrField]/[CsrCause], before the XLEN is applied.</summary>
    internal sealed record CsrDeclaration(
        string Namespace,
        string TypeName,
        int Number,
        int HighHalf,
        int Xlen,
        EquatableArray<CsrFieldDeclaration> Fields,
        CsrCauseDeclaration? Cause)
    {
        /// <summary>Privileged spec 2.1: CSR address bits 11:10 == 0b11 mark a read-only register.</summary>
        public bool IsReadOnly => ((Number >> 10) & 0b11) == 0b11;

        public bool ExistsOn(int xlen) => Xlen == 0 || Xlen == xlen;
    }

    /// <summary>One [CsrField]: negative LowBit counts from the top, Width 0 reaches bit XLEN-1.</summary>
    internal sealed record CsrFieldDeclaration(string Name, int LowBit, int Width, string? EnumType, int Xlen, bool ReadOnly);

    /// <summary>[CsrCause]: the enums the cause code is read as.</summary>
    internal sealed record CsrCauseDeclaration(string InterruptType, string ExceptionType);
}
