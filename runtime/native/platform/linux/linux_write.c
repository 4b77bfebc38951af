/* Console output through write(2), retried until every byte is written. */
#include "rivet_platform.h"
#include "linux_syscall.h"

void rivet_platform_write(int fd, const uint8_t* bytes, uintptr_t length) {
    while (length > 0) {
        long written = rivet_linux_syscall3(RIVET_SYS_WRITE, fd, (long)bytes, (long)length);
        if (written == -RIVET_EINTR) continue;
        if (rivet_linux_failed(written) || written == 0) return; /* nowhere to report it */
        bytes += written;
        length -= (uintptr_t)written;
    }
}
