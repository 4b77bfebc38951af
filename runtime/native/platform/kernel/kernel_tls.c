/* Per-hart thread-local storage: each hart gets its own copy of the TLS template that kernel.ld
   gathers between __tls_start and __tls_end (.tdata's image, then .tbss). RISC-V local-exec TLS
   addresses a variable at tp + (its address - the TLS segment's start), with no TCB before the
   data (RISC-V psABI, "Thread Local Storage"). */
#include <string.h>
#include "kernel_layout.h"
#include "kernel_platform.h"

extern const uint8_t __tls_start[], __tdata_end[], __tls_end[];

void rivet_kernel_setup_tls(void) {
    uintptr_t size = (uintptr_t)(__tls_end - __tls_start);
    if (size == 0) return;
    /* Pages are zeroed (so .tbss is) and page aligned, which kernel.ld's alignment of the
       template does not exceed. */
    uint8_t* block = rivet_platform_alloc_pages((size + RIVET_PAGE_SIZE - 1) & ~(uintptr_t)(RIVET_PAGE_SIZE - 1));
    if (block == 0) {
        rivet_kernel_console_put_string("rivet: no memory for thread-local storage\n");
        rivet_platform_exit(127);
    }
    memcpy(block, __tls_start, (uintptr_t)(__tdata_end - __tls_start));
    __asm__ volatile("mv tp, %0" : : "r"(block) : "memory");
}
