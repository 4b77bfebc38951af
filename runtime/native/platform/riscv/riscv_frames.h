/* Frame-pointer walk for RISC-V, shared by the linux and kernel platforms.

   With -fno-omit-frame-pointer GCC keeps s0 = the frame address (the stack pointer on entry) in
   every function that saves registers; a function that calls another (so every caller in a
   backtrace) stores its return address at s0 - XLEN/8 and its caller's s0 at s0 - 2*XLEN/8.
   The platforms' entry code starts the chain with s0 = 0, which ends the walk. */
#ifndef RIVET_RISCV_FRAMES_H
#define RIVET_RISCV_FRAMES_H
#include <stdint.h>

/* Collects up to `max` return addresses, innermost first, starting at `frame` (an s0 value of a
   function that is not a leaf). Stops at the outermost frame, whose caller's s0 is 0, without
   reporting that frame's return address into the start code. Not inlined, so that the caller
   (a platform's rivet_platform_backtrace) is not a leaf and keeps its return address in its frame. */
__attribute__((noinline)) static int rivet_riscv_walk_frames(void* frame, void** return_addresses, int max) {
    int count = 0;
    uintptr_t* fp = frame;
    while (count < max && fp != 0 && ((uintptr_t)fp & (sizeof(uintptr_t) - 1)) == 0) {
        uintptr_t* caller = (uintptr_t*)fp[-2];
        if (caller == 0) break;
        return_addresses[count++] = (void*)fp[-1];
        /* Stacks grow down: a caller's frame lies above its callee's. Anything else is corrupt. */
        if (caller <= fp) break;
        fp = caller;
    }
    return count;
}

#endif
