/* Device register access: each routine is exactly one load or store of the register's width, so
 * the access is never merged, split, reordered by the compiler or turned into anything else. A C
 * or C# "atomic" store is no substitute: GCC 12 emits a sequentially consistent store as amoswap,
 * which QEMU performs on a device as a read followed by a write. Reading the PLIC's claim register
 * claims an interrupt, so every completion written that way silently claimed (and lost) whichever
 * interrupt was pending next. */
    .text
    .globl rivet_mmio_read8, rivet_mmio_write8, rivet_mmio_read32, rivet_mmio_write32
rivet_mmio_read8:
    lbu a0, 0(a0)
    ret
rivet_mmio_write8:
    sb a1, 0(a0)
    ret
/* lw sign-extends on rv64, as the psABI passes 32-bit values. */
rivet_mmio_read32:
    lw a0, 0(a0)
    ret
rivet_mmio_write32:
    sw a1, 0(a0)
    ret
