/* Whether this hart implements the Sstc extension's stimecmp CSR: read it with mtvec pointing
   just past the read, so that an illegal-instruction trap skips it. (menvcfg.STCE is no test:
   QEMU 7.2 lets it be set even on a CPU without Sstc.) M-mode, interrupts off.
   int rivet_machine_has_stimecmp(void) */
    .section .text.machine_probe, "ax", @progbits
    .globl rivet_machine_has_stimecmp
    .type rivet_machine_has_stimecmp, @function
rivet_machine_has_stimecmp:
    csrr t1, mtvec
    la t0, 1f
    csrw mtvec, t0
    li a0, 0
    csrr t2, 0x14d      /* stimecmp; traps to 1f when absent */
    li a0, 1
    .balign 4           /* mtvec's direct mode needs a 4-byte aligned address */
1:  csrw mtvec, t1
    ret
    .size rivet_machine_has_stimecmp, . - rivet_machine_has_stimecmp
