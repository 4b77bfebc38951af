/* What each RISC-V platform supplies so that rv32's lock-based 8-byte atomics cannot deadlock
   against code that interrupts the lock holder on the same hart. */
#ifndef RIVET_RISCV_ATOMIC_GUARD_H
#define RIVET_RISCV_ATOMIC_GUARD_H
#include <stdint.h>

/* Keeps the calling hart from being interrupted by code that may take the lock; returns what
   rivet_atomic_guard_leave needs to undo it. */
uintptr_t rivet_atomic_guard_enter(void);
void rivet_atomic_guard_leave(uintptr_t state);

#endif
