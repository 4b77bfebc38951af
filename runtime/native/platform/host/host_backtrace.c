/* Return addresses by walking x86-64 frame pointers: with -fno-omit-frame-pointer every function
   starts `push %rbp; mov %rsp,%rbp`, so [rbp] is the caller's rbp and [rbp+8] the return address. */
#include "rivet_platform.h"
#include "host_frames.h"

__attribute__((noinline))
int rivet_platform_backtrace(void** return_addresses, int max) {
    void** frame = __builtin_frame_address(0);
    int count = 0;
    /* Stacks grow down, so each caller's frame is above its callee's; stop at `main`'s frame. */
    while (count < max && frame != 0 && (void*)frame < rivet_host_outermost_frame) {
        void** caller = frame[0];
        return_addresses[count++] = frame[1];
        if (caller <= frame) break;
        frame = caller;
    }
    return count;
}
