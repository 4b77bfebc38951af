/* Fresh zeroed pages from anonymous mmap(2). */
#include "rivet_platform.h"
#include "linux_syscall.h"

void* rivet_platform_alloc_pages(uintptr_t bytes) {
    return rivet_linux_map_pages(bytes);
}
