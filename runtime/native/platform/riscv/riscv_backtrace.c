/* Return addresses from the RISC-V frame-pointer chain, for the linux and kernel platforms.

   With -fno-omit-frame-pointer GCC keeps s0 = the frame address (the stack pointer on entry); a
   function that calls another (so every caller in a backtrace) stores its return address at
   s0 - XLEN/8 and its caller's s0 at s0 - 2*XLEN/8. Each platform's entry code starts the chain
   with s0 = 0, which ends the walk. */
#include "rivet_platform.h"

/* Not inlined, so that rivet_platform_backtrace is not a leaf and keeps its return address in
   its frame like every other caller. Stops at the outermost frame, whose caller's s0 is 0,
   without reporting that frame's return address into the start code. */
__attribute__((noinline)) static int walk_frames(uintptr_t* frame, void** return_addresses, int max) {
    int count = 0;
    while (count < max && frame != 0 && ((uintptr_t)frame & (sizeof(uintptr_t) - 1)) == 0) {
        uintptr_t* caller = (uintptr_t*)frame[-2];
        if (caller == 0) break;
        return_addresses[count++] = (void*)frame[-1];
        /* Stacks grow down: a caller's frame lies above its callee's. Anything else is corrupt. */
        if (caller <= frame) break;
        frame = caller;
    }
    return count;
}

int rivet_platform_backtrace(void** return_addresses, int max) {
    int count = walk_frames(__builtin_frame_address(0), return_addresses, max);
    /* Keeps the call above from becoming a tail call, which would free the frame being walked. */
    __asm__ volatile("" : : : "memory");
    return count;
}
