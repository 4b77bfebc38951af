/* Byte-wide device register access (the NS16550A's registers are one byte apart). Each is one
 * lbu/sb, so the access is never merged, split or reordered by the compiler. Wider registers use
 * System.Threading.Volatile on the C# side. */
    .text
    .globl rivet_mmio_read8, rivet_mmio_write8
rivet_mmio_read8:
    lbu a0, 0(a0)
    ret
rivet_mmio_write8:
    sb a1, 0(a0)
    ret
