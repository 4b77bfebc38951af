using System;

namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// Bits 7..0 of a Sv32/Sv39 page-table entry (privileged spec 20211203, sections 4.3.1 and 4.4.1).
    /// An entry with V set and R, W, X clear points to the next level; any of R or X set makes it a leaf;
    /// W without R is reserved (table 4.5).
    /// </summary>
    [Flags]
    public enum PageFlags : uint
    {
        None = 0,
        Valid = 1 << 0,
        Read = 1 << 1,
        Write = 1 << 2,
        Execute = 1 << 3,
        User = 1 << 4,
        Global = 1 << 5,
        Accessed = 1 << 6,
        Dirty = 1 << 7,
    }
}
