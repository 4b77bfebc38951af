/* Pages for the runtime's heap, bumped off the RAM after the kernel image and never freed, until
   the C# kernel takes over with its own page provider (rivet_kernel_take_over_pages). Safe on
   every hart at once. */
#include <string.h>
#include "kernel_layout.h"
#include "kernel_platform.h"
#include "rivet_kernel.h"

extern uint8_t __kernel_end[];

static uintptr_t next_page;
static uintptr_t pages_limit;
static RivetPageProvider kernel_provider;

void rivet_kernel_pages_init(uintptr_t limit) {
    next_page = ((uintptr_t)__kernel_end + RIVET_PAGE_SIZE - 1) & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
    pages_limit = limit & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
}

uintptr_t rivet_kernel_take_over_pages(RivetPageProvider provider) {
    __atomic_store_n(&kernel_provider, provider, __ATOMIC_RELEASE);
    /* No platform page past this one is ever handed out: later bumps find no room. */
    return __atomic_exchange_n(&next_page, pages_limit, __ATOMIC_ACQ_REL);
}

void* rivet_platform_alloc_pages(uintptr_t bytes) {
    RivetPageProvider provider = __atomic_load_n(&kernel_provider, __ATOMIC_ACQUIRE);
    if (provider != 0) return provider(bytes);
    uintptr_t rounded = (bytes + RIVET_PAGE_SIZE - 1) & ~(uintptr_t)(RIVET_PAGE_SIZE - 1);
    uintptr_t start = __atomic_load_n(&next_page, __ATOMIC_RELAXED);
    do {
        if (rounded < bytes || rounded > pages_limit - start) return 0;
    } while (!__atomic_compare_exchange_n(&next_page, &start, start + rounded, 1,
                                          __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    memset((void*)start, 0, rounded);
    return (void*)start;
}
