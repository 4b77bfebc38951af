namespace Rivet.Generators.Csr
{
    /// <summary>A CSR field placed for one XLEN: bits [Low, Low + Width).</summary>
    internal sealed record CsrField(string Name, int Low, int Width, string? EnumType, bool ReadOnly)
    {
        public bool IsFlag => Width == 1 && EnumType is null;

        /// <summary>The field's mask before shifting (Width ones).</summary>
        public ulong ValueMask => Width >= 64 ? ulong.MaxValue : (1UL << Width) - 1;

        /// <summary>The field's mask in place.</summary>
        public ulong PlacedMask => ValueMask << Low;
    }
}
