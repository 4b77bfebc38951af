/* A pure-C rivet_main for the kernel targets that proves the boot stage and the kernel platform.
   It ends the run with the status given as the kernel command line (QEMU -append), or 0.
   Output lines, in this order except where harts interleave:

   hart B boots                       B is the boot hart
   harts N                            hart count from the device tree (/cpus/cpu@*)
   hart H up tls 12345 1 pending 0    per started hart: its own copy of the TLS template, nothing
                                      pending in sip on entry
   hart H ipi                         per started hart, after the boot hart's IPI
   boot hart tls B                    the boot hart's TLS was not disturbed by the others
   timer fired                        rivet_kernel_set_timer raised STIP
   atomics K Whigh:Wlow H B0..B7      every hart, woken together by the IPIs, added 2^32+1 to the
                                      8-byte W, 1 to the 2-byte H and 1 to its own byte Bh, K times
   traps 0:3 1:5                      a breakpoint and a timer interrupt reached the S-mode trap
                                      vector (delegated by the M-mode stage)
   pages zeroed aligned, too many refused
   take over: platform pages end below, provider asked for 8192
                                      rivet_kernel_take_over_pages routes allocation to the kernel
   backtrace D0 D5                    return addresses seen 0 and 5 frames deeper
   done */
#include <stdint.h>
#include "rivet_platform.h"
#include "rivet_kernel.h"
#include "riscv_csr.h"

static void print(const char* text) {
    uintptr_t length = 0;
    while (text[length] != 0) length++;
    rivet_platform_write(1, (const uint8_t*)text, length);
}

/* Builds a whole line first: one write per line keeps lines from different harts apart. */
typedef struct {
    char text[96];
    int length;
} Line;

static void append(Line* line, const char* text) {
    while (*text != 0 && line->length < (int)sizeof line->text - 1) line->text[line->length++] = *text++;
}

static void append_number(Line* line, uintptr_t value) {
    char digits[24];
    int at = sizeof digits;
    digits[--at] = 0;
    do digits[--at] = (char)('0' + value % 10); while ((value /= 10) != 0);
    append(line, &digits[at]);
}

static void print_line(Line* line) {
    append(line, "\n");
    rivet_platform_write(1, (const uint8_t*)line->text, (uintptr_t)line->length);
}

/* --- Flattened device tree (Devicetree Specification v0.4, chapter 5), just enough to list the
   harts (/cpus/cpu@N "reg") and read /chosen "bootargs". */
enum { FDT_BEGIN_NODE = 1, FDT_END_NODE = 2, FDT_PROP = 3, FDT_NOP = 4, FDT_END = 9 };

static uint32_t big_endian(const uint8_t* bytes) {
    return (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 | (uint32_t)bytes[2] << 8 | bytes[3];
}

static int starts_with(const char* text, const char* prefix) {
    while (*prefix != 0) if (*text++ != *prefix++) return 0;
    return 1;
}

static int same(const char* a, const char* b) {
    return starts_with(a, b) && starts_with(b, a);
}

static uintptr_t aligned4(uintptr_t n) { return (n + 3) & ~(uintptr_t)3; }

typedef struct {
    uintptr_t harts[8];
    int hart_count;
    const char* bootargs;
} MachineFacts;

static MachineFacts read_device_tree(const uint8_t* tree) {
    MachineFacts facts = {{0}, 0, 0};
    const uint8_t* cursor = tree + big_endian(tree + 8);
    const char* strings = (const char*)tree + big_endian(tree + 12);
    int depth = 0, in_cpus = 0, in_chosen = 0, in_cpu = 0;
    for (;;) {
        uint32_t token = big_endian(cursor);
        cursor += 4;
        if (token == FDT_BEGIN_NODE) {
            const char* name = (const char*)cursor;
            uintptr_t length = 0;
            while (name[length] != 0) length++;
            cursor += aligned4(length + 1);
            depth++;
            if (depth == 2) {
                in_cpus = same(name, "cpus");
                in_chosen = same(name, "chosen");
            }
            if (depth == 3) in_cpu = in_cpus && starts_with(name, "cpu@");
        } else if (token == FDT_END_NODE) {
            depth--;
            if (depth < 3) in_cpu = 0;
        } else if (token == FDT_PROP) {
            uint32_t length = big_endian(cursor);
            const char* name = strings + big_endian(cursor + 4);
            const uint8_t* value = cursor + 8;
            cursor += 8 + aligned4(length);
            if (depth == 3 && in_cpu && same(name, "reg") && facts.hart_count < 8)
                facts.harts[facts.hart_count++] = big_endian(value + length - 4);
            if (depth == 2 && in_chosen && same(name, "bootargs")) facts.bootargs = (const char*)value;
        } else if (token != FDT_NOP) {
            return facts; /* FDT_END */
        }
    }
}

/* --- The harts */
static __thread uintptr_t this_hart = 12345; /* .tdata: each hart starts from this image */
static __thread uintptr_t started_count;      /* .tbss */
static int harts_up;
static int harts_interrupted;

/* Contended atomics: 8-byte (a lock on rv32), 2-byte and neighbouring 1-byte values (compare-and-
   swap on the containing word). */
enum { ATOMIC_ROUNDS = 100000 };
static uint64_t shared_wide;
static uint16_t shared_half;
static uint8_t hart_bytes[8];

static void add_atomically(uintptr_t hartid) {
    for (int i = 0; i < ATOMIC_ROUNDS; i++) {
        __atomic_fetch_add(&shared_wide, (1ull << 32) + 1, __ATOMIC_SEQ_CST);
        __atomic_fetch_add(&shared_half, 1, __ATOMIC_SEQ_CST);
        __atomic_fetch_add(&hart_bytes[hartid], 1, __ATOMIC_SEQ_CST);
    }
}

static void wait_for_supervisor_interrupt(int irq) {
    csr_set(sie, 1UL << irq);
    /* sstatus.SIE is clear: wfi wakes on the pending interrupt without trapping. */
    while ((csr_read(sip) & (1UL << irq)) == 0) __asm__ volatile("wfi");
    csr_clear(sie, 1UL << irq);
}

static void secondary_hart(uintptr_t hartid, void* argument) {
    (void)argument;
    /* Nothing may be pending yet: no IPI was sent to this hart, no timer was set. */
    uintptr_t pending = csr_read(sip) & ((1UL << IRQ_S_SOFTWARE) | (1UL << IRQ_S_TIMER));
    Line line = {{0}, 0};
    append(&line, "hart ");
    append_number(&line, hartid);
    append(&line, " up tls ");
    append_number(&line, this_hart); /* the template's value, whatever other harts did to theirs */
    this_hart = hartid;
    started_count++;
    append(&line, " ");
    append_number(&line, started_count);
    append(&line, " pending ");
    append_number(&line, pending);
    print_line(&line);
    __atomic_fetch_add(&harts_up, 1, __ATOMIC_SEQ_CST);

    wait_for_supervisor_interrupt(IRQ_S_SOFTWARE);
    csr_clear(sip, 1UL << IRQ_S_SOFTWARE);
    add_atomically(hartid);
    line.length = 0;
    append(&line, "hart ");
    append_number(&line, this_hart);
    append(&line, " ipi");
    print_line(&line);
    __atomic_fetch_add(&harts_interrupted, 1, __ATOMIC_SEQ_CST);
}

/* --- S-mode traps: the M-mode stage must delegate them here. */
static volatile uintptr_t trap_causes[2];
static volatile int trap_count;

/* GCC saves every register it uses and returns with sret. */
__attribute__((interrupt("supervisor"))) static void supervisor_trap(void) {
    uintptr_t cause = csr_read(scause);
    if (trap_count < 2) trap_causes[trap_count] = cause;
    trap_count = trap_count + 1;
    if (cause & MCAUSE_INTERRUPT) {
        rivet_kernel_set_timer(UINT64_MAX); /* clears STIP */
    } else {
        csr_write(sepc, csr_read(sepc) + 4); /* past the 4-byte ebreak */
    }
}

static uint64_t read_time(void);

static void check_traps(void) {
    csr_write(stvec, (uintptr_t)supervisor_trap);
    __asm__ volatile(".option push\n.option norvc\nebreak\n.option pop" : : : "memory");

    csr_set(sie, 1UL << IRQ_S_TIMER);
    rivet_kernel_set_timer(read_time() + 10000);
    csr_set(sstatus, 1UL << 1); /* SIE */
    while (trap_count < 2) __asm__ volatile("wfi");
    csr_clear(sstatus, 1UL << 1);
    csr_clear(sie, 1UL << IRQ_S_TIMER);

    Line line = {{0}, 0};
    append(&line, "traps");
    for (int i = 0; i < 2; i++) {
        append(&line, (trap_causes[i] & MCAUSE_INTERRUPT) ? " 1:" : " 0:");
        append_number(&line, trap_causes[i] & ~MCAUSE_INTERRUPT);
    }
    print_line(&line);
}

static uint64_t read_time(void) {
#if __riscv_xlen == 64
    return csr_read(time);
#else
    uint32_t high, low;
    do {
        high = (uint32_t)csr_read(timeh);
        low = (uint32_t)csr_read(time);
    } while (high != (uint32_t)csr_read(timeh));
    return (uint64_t)high << 32 | low;
#endif
}

/* 16 MiB must come back zeroed and page aligned; more than the machine's RAM must be refused. */
static void check_pages(void) {
    const uintptr_t bytes = 16u << 20;
    volatile uint8_t* pages = rivet_platform_alloc_pages(bytes);
    int zeroed = pages != 0;
    for (uintptr_t at = 0; zeroed && at < bytes; at += 4096) {
        zeroed = pages[at] == 0 && pages[at + 4095] == 0;
        pages[at] = 0xa5;
    }
    print(zeroed ? "pages zeroed" : "pages dirty");
    print(((uintptr_t)pages & 4095) == 0 ? " aligned" : " misaligned");
    print(rivet_platform_alloc_pages(1u << 30) == 0 ? ", too many refused\n" : ", too many granted\n");
}

/* The kernel's page provider stand-in: records the request, hands out a static block. */
static uintptr_t provider_request;
static uint8_t provider_block[8192] __attribute__((aligned(4096)));

static void* test_provider(uintptr_t bytes) {
    provider_request = bytes;
    return provider_block;
}

static void check_take_over(void) {
    uintptr_t last_platform_page = (uintptr_t)rivet_platform_alloc_pages(4096);
    uintptr_t platform_end = rivet_kernel_take_over_pages(test_provider);
    void* from_kernel = rivet_platform_alloc_pages(8192);
    Line line = {{0}, 0};
    append(&line, "take over: platform pages end ");
    append(&line, platform_end >= last_platform_page + 4096 && platform_end % 4096 == 0 ? "below" : "wrong");
    append(&line, from_kernel == provider_block ? ", provider asked for " : ", provider not asked for ");
    append_number(&line, provider_request);
    print_line(&line);
}

/* Not a tail call: each level adds to the result after the callee returns. */
__attribute__((noinline)) static int recurse(int depth) {
    if (depth == 0) {
        void* addresses[64];
        return rivet_platform_backtrace(addresses, 64);
    }
    int count = recurse(depth - 1);
    __asm__ volatile("" : : : "memory");
    return count;
}

static int parse_status(const char* text) {
    int value = 0;
    while (text != 0 && *text >= '0' && *text <= '9') value = value * 10 + (*text++ - '0');
    return value;
}

int rivet_main(int argc, char** argv) {
    (void)argc;
    (void)argv;
    uintptr_t boot = rivet_kernel_boot_hartid();
    this_hart = boot;
    Line line = {{0}, 0};
    append(&line, "hart ");
    append_number(&line, boot);
    append(&line, " boots");
    print_line(&line);

    MachineFacts facts = read_device_tree((const uint8_t*)rivet_kernel_device_tree());
    line.length = 0;
    append(&line, "harts ");
    append_number(&line, (uintptr_t)facts.hart_count);
    print_line(&line);

    for (int i = 0; i < facts.hart_count; i++) {
        if (facts.harts[i] == boot) continue;
        if (rivet_kernel_start_hart(facts.harts[i], secondary_hart, 0) != 0) {
            print("hart start failed\n");
            return 2;
        }
    }
    while (__atomic_load_n(&harts_up, __ATOMIC_SEQ_CST) != facts.hart_count - 1) {}
    for (int i = 0; i < facts.hart_count; i++)
        if (facts.harts[i] != boot) rivet_kernel_send_ipi(facts.harts[i]);
    add_atomically(boot);
    while (__atomic_load_n(&harts_interrupted, __ATOMIC_SEQ_CST) != facts.hart_count - 1) {}

    line.length = 0;
    append(&line, "boot hart tls ");
    append_number(&line, this_hart);
    print_line(&line);

    /* 10 ms at QEMU virt's 10 MHz timebase. */
    rivet_kernel_set_timer(read_time() + 100000);
    wait_for_supervisor_interrupt(IRQ_S_TIMER);
    print("timer fired\n");

    line.length = 0;
    append(&line, "atomics ");
    append_number(&line, ATOMIC_ROUNDS);
    append(&line, " ");
    append_number(&line, (uintptr_t)(__atomic_load_n(&shared_wide, __ATOMIC_SEQ_CST) >> 32));
    append(&line, ":");
    append_number(&line, (uintptr_t)(uint32_t)__atomic_load_n(&shared_wide, __ATOMIC_SEQ_CST));
    append(&line, " ");
    append_number(&line, shared_half);
    for (int i = 0; i < 8; i++) {
        append(&line, " ");
        append_number(&line, hart_bytes[i]);
    }
    print_line(&line);

    check_traps();
    check_pages();
    check_take_over();
    line.length = 0;
    append(&line, "backtrace ");
    append_number(&line, (uintptr_t)recurse(0));
    append(&line, " ");
    append_number(&line, (uintptr_t)recurse(5));
    print_line(&line);

    print("done\n");
    return parse_status(facts.bootargs);
}
