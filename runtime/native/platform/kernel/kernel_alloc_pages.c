/* Pages for the runtime's heap, bumped off the RAM after the kernel image. Never freed: the C#
   kernel's own page allocator takes over memory management. Safe on every hart at once. */
#include <string.h>
#include "kernel_layout.h"
#include "kernel_platform.h"

extern uint8_t __kernel_end[];

static uintptr_t next_page;
static uintptr_t pages_limit;

void rivet_kernel_pages_init(uintptr_t limit) {
    next_page = ((uintptr_t)__kernel_end + RIVET_PAGE_SIZE - 1) & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
    pages_limit = limit & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
}

void* rivet_platform_alloc_pages(uintptr_t bytes) {
    uintptr_t rounded = (bytes + RIVET_PAGE_SIZE - 1) & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
    uintptr_t start = __atomic_load_n(&next_page, __ATOMIC_RELAXED);
    do {
        if (rounded < bytes || rounded > pages_limit - start) return 0;
    } while (!__atomic_compare_exchange_n(&next_page, &start, start + rounded, 1,
                                          __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    memset((void*)start, 0, rounded);
    return (void*)start;
}
