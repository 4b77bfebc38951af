/* 8-byte atomics on rv32, which has no 8-byte atomic instructions; GCC 12 calls these libatomic
   functions and Debian's riscv64-unknown-elf toolchain ships no libatomic. They serialize on one
   spin lock, taken inside the platform's guard (interrupts masked in the kernel). All 8-byte
   atomic accesses go through here, so they are atomic with respect to each other, and every
   operation is sequentially consistent. rv64 has amo*.d and lr.d/sc.d: nothing to do. */
#if __riscv_xlen == 32
#include <stdbool.h>
#include <stdint.h>
#include "riscv_atomic_guard.h"

static uint32_t lock;

static uintptr_t acquire(void) {
    uintptr_t guard = rivet_atomic_guard_enter();
    while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE) != 0) {}
    return guard;
}

static void release(uintptr_t guard) {
    __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
    rivet_atomic_guard_leave(guard);
}

uint64_t __atomic_load_8(const volatile void* address, int order) {
    (void)order;
    uintptr_t guard = acquire();
    uint64_t value = *(const volatile uint64_t*)address;
    release(guard);
    return value;
}

void __atomic_store_8(volatile void* address, uint64_t value, int order) {
    (void)order;
    uintptr_t guard = acquire();
    *(volatile uint64_t*)address = value;
    release(guard);
}

bool __atomic_compare_exchange_8(volatile void* address, void* expected, uint64_t desired, bool weak,
                                 int success_order, int failure_order) {
    (void)weak, (void)success_order, (void)failure_order;
    uintptr_t guard = acquire();
    uint64_t value = *(volatile uint64_t*)address;
    bool exchanged = value == *(uint64_t*)expected;
    if (exchanged) *(volatile uint64_t*)address = desired;
    release(guard);
    if (!exchanged) *(uint64_t*)expected = value;
    return exchanged;
}

#define RIVET_DOUBLEWORD_RMW(name, combine)                                     \
    uint64_t __atomic_##name##_8(volatile void* address, uint64_t operand, int order) { \
        (void)order;                                                            \
        uintptr_t guard = acquire();                                            \
        uint64_t value = *(volatile uint64_t*)address;                          \
        *(volatile uint64_t*)address = combine;                                 \
        release(guard);                                                         \
        return value;                                                           \
    }

RIVET_DOUBLEWORD_RMW(exchange, operand)
RIVET_DOUBLEWORD_RMW(fetch_add, value + operand)
RIVET_DOUBLEWORD_RMW(fetch_sub, value - operand)
RIVET_DOUBLEWORD_RMW(fetch_and, value & operand)
RIVET_DOUBLEWORD_RMW(fetch_or, value | operand)
RIVET_DOUBLEWORD_RMW(fetch_xor, value ^ operand)
RIVET_DOUBLEWORD_RMW(fetch_nand, ~(value & operand))

#endif
