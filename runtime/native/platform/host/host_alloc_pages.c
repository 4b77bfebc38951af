/* Fresh zeroed pages from anonymous mmap(2). */
#include <stddef.h>
#include <sys/mman.h>
#include "rivet_platform.h"

void* rivet_platform_alloc_pages(uintptr_t bytes) {
    void* pages = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return pages == MAP_FAILED ? NULL : pages;
}
