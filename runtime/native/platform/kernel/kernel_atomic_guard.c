/* In the kernel an interrupt handler may use 8-byte atomics too (rv32), so the lock is held with
   supervisor interrupts masked (sstatus.SIE, Privileged Architecture §4.1.1). */
#include "riscv_atomic_guard.h"
#include "riscv_csr.h"

#define SSTATUS_SIE (1UL << 1)

uintptr_t rivet_atomic_guard_enter(void) {
    uintptr_t sstatus;
    __asm__ volatile("csrrc %0, sstatus, %1" : "=r"(sstatus) : "r"(SSTATUS_SIE) : "memory");
    return sstatus & SSTATUS_SIE;
}

void rivet_atomic_guard_leave(uintptr_t state) {
    if (state != 0) csr_set(sstatus, SSTATUS_SIE);
}
