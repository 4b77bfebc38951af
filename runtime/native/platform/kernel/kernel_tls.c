/* Thread-local storage. Each hart's boot context gets a block in kernel.ld's .tls_blocks (one per
   possible hart), and each kernel task one at the top of its stack (the kernel calls
   rivet_kernel_tls_initialize; tp is part of every trap frame). A block is a fresh copy of the TLS
   template that kernel.ld gathers between __tls_start and __tls_end (.tdata's image, then .tbss). RISC-V local-exec TLS addresses a variable at
   tp + (its address - the TLS segment's start), with no TCB before the data (RISC-V psABI,
   "Thread Local Storage"). Nothing is allocated, so this works before any heap exists. */
#include <string.h>
#include "kernel_platform.h"
#include "rivet_kernel.h"

extern const uint8_t __tls_start[], __tdata_end[], __tls_end[];
extern uint8_t __tls_blocks_start[], __tls_blocks_end[];

/* As kernel.ld's __tls_block_size: the template rounded up to its 64-byte alignment. */
#define TLS_BLOCK_ALIGNMENT 64

uintptr_t rivet_kernel_tls_block_size(void) {
    return ((uintptr_t)(__tls_end - __tls_start) + TLS_BLOCK_ALIGNMENT - 1) & ~(uintptr_t)(TLS_BLOCK_ALIGNMENT - 1);
}

void rivet_kernel_tls_initialize(uint8_t* block) {
    uintptr_t initialized = (uintptr_t)(__tdata_end - __tls_start);
    memcpy(block, __tls_start, initialized);
    memset(block + initialized, 0, rivet_kernel_tls_block_size() - initialized);
}

void rivet_kernel_setup_tls(uintptr_t hartid) {
    uintptr_t size = rivet_kernel_tls_block_size();
    if (size == 0) return;
    uint8_t* block = __tls_blocks_start + hartid * size;
    if (block + size > __tls_blocks_end) {
        rivet_kernel_console_put_string("rivet: no thread-local block for this hart\n");
        rivet_platform_exit(127);
    }
    rivet_kernel_tls_initialize(block);
    __asm__ volatile("mv tp, %0" : : "r"(block) : "memory");
}
