/* Fixed facts of the kernel platform, shared by its C and assembly. The MMIO addresses are QEMU
   virt's memory map (hw/riscv/virt.c, virt_memmap[]); the device tree (a1 at boot) is the source of
   truth for everything else, and these are the early defaults until the C# kernel reads it. */
#ifndef RIVET_KERNEL_LAYOUT_H
#define RIVET_KERNEL_LAYOUT_H

/* Harts with a higher mhartid park forever in M-mode. QEMU virt allows 8 harts per socket. */
#define RIVET_MAX_HARTS 8

/* Each hart's boot stack: M-mode start-up, then its S-mode entry (kernel code until it switches). */
#define RIVET_HART_STACK_SIZE 65536
/* Each hart's stack for M-mode trap handling (mscratch holds its top). */
#define RIVET_MACHINE_STACK_SIZE 4096

#define RIVET_PAGE_SIZE 4096

/* Core-local interruptor: msip per hart, mtimecmp per hart, mtime (SiFive CLINT layout). */
#define RIVET_CLINT_BASE 0x2000000
#define RIVET_CLINT_MSIP(hart) (RIVET_CLINT_BASE + 4 * (hart))
#define RIVET_CLINT_MTIMECMP(hart) (RIVET_CLINT_BASE + 0x4000 + 8 * (hart))

/* Early console: the NS16550A UART until the kernel reads /soc/serial from the device tree. */
#define RIVET_EARLY_UART_BASE 0x10000000

/* sifive_test finisher: 0x5555 ends QEMU with status 0, (code << 16) | 0x3333 with status code. */
#define RIVET_SIFIVE_TEST_BASE 0x100000

/* RAM starts at 0x80000000; 128 MiB is QEMU virt's default -m. TODO(kernel): the page allocator
   should take the real end of /memory from the device tree once the C# kernel parses it. */
#define RIVET_RAM_BASE 0x80000000
#define RIVET_EARLY_RAM_SIZE (128 * 1024 * 1024)

#endif
