namespace Rivet.Kernel.Memory
{
    /// <summary>Why a page-table mapping was refused.</summary>
    public enum MapError
    {
        None,
        /// <summary>Addresses or size are not multiples of 4 KiB.</summary>
        Misaligned,
        /// <summary>The virtual address is not valid for the mode (Sv39: not sign-extended from bit 38).</summary>
        BadVirtualAddress,
        /// <summary>The physical address has more bits than the mode's PPN holds.</summary>
        BadPhysicalAddress,
        /// <summary>Neither R nor X, or W without R (privileged spec table 4.5), or bits other than R/W/X/U/G.</summary>
        BadPermissions,
        /// <summary>Part of the range is already mapped (by a page or a superpage).</summary>
        AlreadyMapped,
        /// <summary>No frame was left for an intermediate table.</summary>
        OutOfFrames,
        /// <summary>Part of the range is not mapped by 4 KiB pages (unmapped, or inside a superpage).</summary>
        NotMapped,
    }
}
