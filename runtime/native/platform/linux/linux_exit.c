/* Ends the process (every thread) with exit_group(2). Output is unbuffered: nothing to flush. */
#include "rivet_platform.h"
#include "linux_syscall.h"

_Noreturn void rivet_platform_exit(int status) {
    for (;;) rivet_linux_syscall3(RIVET_SYS_EXIT_GROUP, status, 0, 0);
}
