/* Return addresses from the RISC-V frame-pointer chain, which the S-mode entries end with s0 = 0. */
#include "rivet_platform.h"
#include "../riscv/riscv_frames.h"

int rivet_platform_backtrace(void** return_addresses, int max) {
    int count = rivet_riscv_walk_frames(__builtin_frame_address(0), return_addresses, max);
    /* Keeps the call above from becoming a tail call, which would free the frame being walked. */
    __asm__ volatile("" : : : "memory");
    return count;
}
