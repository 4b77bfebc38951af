/* The timer for S-mode. With Sstc (checked on each hart: stimecmp exists) the SBI set_timer
   call just writes stimecmp and the hardware raises STIP. Without it the machine timer is
   forwarded: set_timer programs this hart's CLINT mtimecmp and enables MTIE; the machine timer
   interrupt then raises STIP and masks itself until the next set_timer (SBI v2.0 §6.1). */
#include <stdbool.h>
#include "kernel_layout.h"
#include "machine.h"
#include "riscv_csr.h"

/* The same on every hart of the machine; each hart enables Sstc in its own menvcfg. */
static bool has_sstc;

static void write_stimecmp(uint64_t time) {
#if __riscv_xlen == 64
    csr_write(CSR_STIMECMP, time);
#else
    /* Raise the low half first so that no intermediate value lies in the past. */
    csr_write(CSR_STIMECMP, UINT32_MAX);
    csr_write(CSR_STIMECMPH, (uint32_t)(time >> 32));
    csr_write(CSR_STIMECMP, (uint32_t)time);
#endif
}

static void write_mtimecmp(uint64_t time) {
    uintptr_t hartid = csr_read(mhartid);
#if __riscv_xlen == 64
    *(volatile uint64_t*)RIVET_CLINT_MTIMECMP(hartid) = time;
#else
    volatile uint32_t* compare = (volatile uint32_t*)RIVET_CLINT_MTIMECMP(hartid);
    compare[0] = UINT32_MAX;
    compare[1] = (uint32_t)(time >> 32);
    compare[0] = (uint32_t)time;
#endif
}

void rivet_machine_timer_init(void) {
    has_sstc = rivet_machine_has_stimecmp();
    if (!has_sstc) return;
    /* Sstc §2: with STCE set, STIP follows time >= stimecmp, which S-mode may write itself. */
#if __riscv_xlen == 64
    csr_set(CSR_MENVCFG, MENVCFG_STCE);
#else
    csr_set(CSR_MENVCFGH, MENVCFGH_STCE);
#endif
    /* No timer interrupt until S-mode asks for one. */
    write_stimecmp(UINT64_MAX);
}

void rivet_machine_set_timer(uint64_t time) {
    if (has_sstc) {
        write_stimecmp(time);
        return;
    }
    write_mtimecmp(time);
    csr_clear(mip, 1UL << IRQ_S_TIMER);
    csr_set(mie, 1UL << IRQ_M_TIMER);
}

void rivet_machine_timer_interrupt(void) {
    csr_clear(mie, 1UL << IRQ_M_TIMER);
    csr_set(mip, 1UL << IRQ_S_TIMER);
}
