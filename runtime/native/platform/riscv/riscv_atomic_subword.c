/* 1- and 2-byte atomic read-modify-write operations. RISC-V's A extension has only 4- and 8-byte
   atomics, and GCC 12 calls these libatomic functions instead of expanding them inline; Debian's
   riscv64-unknown-elf toolchain ships no libatomic. Each operation is a compare-and-swap loop on
   the naturally aligned 4-byte word that contains the value (little-endian: byte k of the word is
   bits 8k..8k+7), so neighbouring bytes are never disturbed. Every operation is sequentially
   consistent, which satisfies any memory order asked for. */
#include <stdbool.h>
#include <stdint.h>

typedef struct {
    volatile uint32_t* word;
    unsigned shift;
    uint32_t mask; /* the value's bits within the word */
} Subword;

static inline Subword subword(volatile void* address, unsigned size) {
    unsigned shift = ((uintptr_t)address & 3) * 8;
    return (Subword){
        (volatile uint32_t*)((uintptr_t)address & ~(uintptr_t)3),
        shift,
        (size == 1 ? 0xffu : 0xffffu) << shift,
    };
}

enum Operation { EXCHANGE, ADD, SUB, AND, OR, XOR, NAND };

/* Applies `operation` with `operand` to the value at `address`; returns the value before. */
static inline uint32_t update(volatile void* address, unsigned size, enum Operation operation, uint32_t operand) {
    Subword at = subword(address, size);
    uint32_t old = __atomic_load_n(at.word, __ATOMIC_RELAXED);
    for (;;) {
        uint32_t value = (old & at.mask) >> at.shift, result;
        switch (operation) {
        case EXCHANGE: result = operand; break;
        case ADD: result = value + operand; break;
        case SUB: result = value - operand; break;
        case AND: result = value & operand; break;
        case OR: result = value | operand; break;
        case XOR: result = value ^ operand; break;
        default: result = ~(value & operand); break;
        }
        uint32_t replacement = (old & ~at.mask) | ((result << at.shift) & at.mask);
        if (__atomic_compare_exchange_n(at.word, &old, replacement, true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
            return value;
    }
}

static inline bool compare_exchange(volatile void* address, unsigned size, uint32_t* expected, uint32_t desired) {
    Subword at = subword(address, size);
    uint32_t old = __atomic_load_n(at.word, __ATOMIC_SEQ_CST);
    for (;;) {
        uint32_t value = (old & at.mask) >> at.shift;
        if (value != *expected) {
            *expected = value;
            return false;
        }
        uint32_t replacement = (old & ~at.mask) | ((desired << at.shift) & at.mask);
        if (__atomic_compare_exchange_n(at.word, &old, replacement, true, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    }
}

#define RIVET_SUBWORD_ATOMICS(N, T)                                                              \
    T __atomic_exchange_##N(volatile void* address, T value, int order) {                        \
        (void)order;                                                                             \
        return (T)update(address, N, EXCHANGE, value);                                           \
    }                                                                                            \
    bool __atomic_compare_exchange_##N(volatile void* address, void* expected, T desired,        \
                                       bool weak, int success_order, int failure_order) {        \
        (void)weak, (void)success_order, (void)failure_order;                                    \
        uint32_t expected_value = *(T*)expected;                                                 \
        bool exchanged = compare_exchange(address, N, &expected_value, desired);                 \
        *(T*)expected = (T)expected_value;                                                       \
        return exchanged;                                                                        \
    }                                                                                            \
    T __atomic_fetch_add_##N(volatile void* address, T value, int order) {                       \
        (void)order;                                                                             \
        return (T)update(address, N, ADD, value);                                                \
    }                                                                                            \
    T __atomic_fetch_sub_##N(volatile void* address, T value, int order) {                       \
        (void)order;                                                                             \
        return (T)update(address, N, SUB, value);                                                \
    }                                                                                            \
    T __atomic_fetch_and_##N(volatile void* address, T value, int order) {                       \
        (void)order;                                                                             \
        return (T)update(address, N, AND, value);                                                \
    }                                                                                            \
    T __atomic_fetch_or_##N(volatile void* address, T value, int order) {                        \
        (void)order;                                                                             \
        return (T)update(address, N, OR, value);                                                 \
    }                                                                                            \
    T __atomic_fetch_xor_##N(volatile void* address, T value, int order) {                       \
        (void)order;                                                                             \
        return (T)update(address, N, XOR, value);                                                \
    }                                                                                            \
    T __atomic_fetch_nand_##N(volatile void* address, T value, int order) {                      \
        (void)order;                                                                             \
        return (T)update(address, N, NAND, value);                                               \
    }

RIVET_SUBWORD_ATOMICS(1, uint8_t)
RIVET_SUBWORD_ATOMICS(2, uint16_t)
