/* A hand-written rivet_main that exercises one platform function per command, so the platform
   tests can check each behaviour through the real entry point. Usage: probe <command> [args...]

   echo A B...       prints each argument on its own line, exits with argc
   exit N            exits with status N
   stderr TEXT       writes TEXT and a newline to stderr
   bulk N            writes N bytes ('a'..'z' repeating) to stdout in one call
   alloc MIB         allocates MIB MiB of pages; prints "zeroed aligned" facts, touches every page
   tls N             increments a __thread counter (initialized to 1000) N times and a zero-
                     initialized one by 2 each time; prints both
   backtrace D       recurses D frames deep, then prints how many return addresses the platform
                     reported
   math X            prints sqrt(X), sin(X), pow(X, 1.5) and fmod(X, 0.7) times 10^6, truncated,
                     and whether sqrt(-X) is NaN (libm; on rv32 soft float from libgcc)
   divide A B        prints A / B and A % B in 64-bit arithmetic (libgcc's __divdi3 on rv32)
   atomics           runs 1-, 2- and 8-byte atomic operations on values with neighbours (on
                     RISC-V these are the platform's libatomic functions) and prints each result */
#include <math.h>
#include <stdint.h>
#include "rivet_platform.h"

static uintptr_t length_of(const char* text) {
    uintptr_t length = 0;
    while (text[length] != 0) length++;
    return length;
}

static int same(const char* a, const char* b) {
    while (*a != 0 && *a == *b) a++, b++;
    return *a == *b;
}

static long parse(const char* text) {
    long value = 0;
    while (*text >= '0' && *text <= '9') value = value * 10 + (*text++ - '0');
    return value;
}

static void print(const char* text) {
    rivet_platform_write(1, (const uint8_t*)text, length_of(text));
}

static void print_number(long value) {
    char digits[24];
    int at = sizeof digits;
    digits[--at] = 0;
    do digits[--at] = (char)('0' + value % 10); while ((value /= 10) != 0);
    print(&digits[at]);
}

static int allocate(long mebibytes) {
    uintptr_t bytes = (uintptr_t)mebibytes << 20;
    volatile uint8_t* pages = rivet_platform_alloc_pages(bytes);
    if (pages == 0) {
        print("null\n");
        return 1;
    }
    int zeroed = 1;
    for (uintptr_t at = 0; at < bytes; at += 4096) {
        zeroed &= pages[at] == 0 && pages[at + 4095] == 0;
        pages[at] = (uint8_t)(at >> 12);
    }
    print(zeroed ? "zeroed" : "dirty");
    print(((uintptr_t)pages & 4095) == 0 ? " aligned\n" : " misaligned\n");
    return 0;
}

static __thread long counter = 1000;
static __thread long zero_initialized;

static int thread_locals(long times) {
    for (long i = 0; i < times; i++) {
        counter++;
        zero_initialized += 2;
    }
    print_number(counter);
    print(" ");
    print_number(zero_initialized);
    print("\n");
    return 0;
}

/* Not a tail call: each level adds to the result after the callee returns. */
__attribute__((noinline)) static int recurse(long depth) {
    if (depth == 0) {
        void* addresses[256];
        return rivet_platform_backtrace(addresses, 256);
    }
    int count = recurse(depth - 1);
    __asm__ volatile("" : : : "memory");
    return count;
}

static int bulk(long bytes) {
    uint8_t* buffer = rivet_platform_alloc_pages((uintptr_t)bytes);
    if (buffer == 0) return 1;
    for (long i = 0; i < bytes; i++) buffer[i] = (uint8_t)('a' + i % 26);
    rivet_platform_write(1, buffer, (uintptr_t)bytes);
    return 0;
}

static void print_signed(long long value) {
    if (value < 0) print("-");
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    char digits[24];
    int at = sizeof digits;
    digits[--at] = 0;
    do digits[--at] = (char)('0' + magnitude % 10); while ((magnitude /= 10) != 0);
    print(&digits[at]);
}

static int math(double x) {
    volatile double input = x; /* keep GCC from folding the calls */
    double results[] = {sqrt(input), sin(input), pow(input, 1.5), fmod(input, 0.7)};
    for (int i = 0; i < 4; i++) {
        print_signed((long long)(results[i] * 1e6));
        print(" ");
    }
    print(isnan(sqrt(-input)) ? "nan\n" : "number\n");
    return 0;
}

static long long parse64(const char* text) {
    long long value = 0;
    while (*text >= '0' && *text <= '9') value = value * 10 + (*text++ - '0');
    return value;
}

static int divide(const char* dividend, const char* divisor) {
    volatile long long a = parse64(dividend), b = parse64(divisor);
    print_signed(a / b);
    print(" ");
    print_signed(a % b);
    print("\n");
    return 0;
}

static struct {
    uint8_t bytes[4];
    uint16_t halves[2];
    uint64_t wide;
} cells = {{0x11, 250, 0x22, 0x33}, {0x4444, 65530}, 0xffffffffu};

static int atomics(void) {
    enum { SC = __ATOMIC_SEQ_CST };
    long long results[16];
    int n = 0;
    results[n++] = __atomic_fetch_add(&cells.bytes[1], 10, SC);
    results[n++] = __atomic_fetch_nand(&cells.bytes[3], 0x0f, SC);
    results[n++] = __atomic_exchange_n(&cells.halves[1], 0xbeef, SC);
    uint16_t expected = 0xbeef;
    results[n++] = __atomic_compare_exchange_n(&cells.halves[1], &expected, 7, 0, SC, SC);
    expected = 1;
    results[n++] = __atomic_compare_exchange_n(&cells.halves[1], &expected, 9, 0, SC, SC);
    results[n++] = expected;
    results[n++] = (long long)__atomic_fetch_add(&cells.wide, 2, SC);
    results[n++] = (long long)__atomic_exchange_n(&cells.wide, 0x123456789abcdef0ull, SC);
    uint64_t expected_wide = 0x123456789abcdef0ull;
    results[n++] = __atomic_compare_exchange_n(&cells.wide, &expected_wide, 42, 0, SC, SC);
    results[n++] = (long long)__atomic_fetch_xor(&cells.wide, 0xffff00000000ull, SC);
    results[n++] = (long long)__atomic_load_n(&cells.wide, SC);
    for (int i = 0; i < 4; i++) results[n++] = cells.bytes[i];
    results[n++] = cells.halves[0];
    for (int i = 0; i < n; i++) {
        print_signed(results[i]);
        print(i + 1 < n ? " " : "\n");
    }
    return 0;
}

int rivet_main(int argc, char** argv) {
    if (argc < 2) return 100;
    const char* command = argv[1];
    const char* argument = argc > 2 ? argv[2] : "0";
    if (same(command, "echo")) {
        for (int i = 2; i < argc; i++) {
            print(argv[i]);
            print("\n");
        }
        return argc;
    }
    if (same(command, "exit")) return (int)parse(argument);
    if (same(command, "stderr")) {
        rivet_platform_write(2, (const uint8_t*)argument, length_of(argument));
        rivet_platform_write(2, (const uint8_t*)"\n", 1);
        return 0;
    }
    if (same(command, "bulk")) return bulk(parse(argument));
    if (same(command, "alloc")) return allocate(parse(argument));
    if (same(command, "tls")) return thread_locals(parse(argument));
    if (same(command, "backtrace")) {
        print_number(recurse(parse(argument)));
        print("\n");
        return 0;
    }
    if (same(command, "math")) return math((double)parse(argument));
    if (same(command, "divide") && argc > 3) return divide(argv[2], argv[3]);
    if (same(command, "atomics")) return atomics();
    return 101;
}
