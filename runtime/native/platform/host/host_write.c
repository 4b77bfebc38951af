/* Console output through write(2), retried until every byte is written. */
#include <errno.h>
#include <unistd.h>
#include "rivet_platform.h"

void rivet_platform_write(int fd, const uint8_t* bytes, uintptr_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return; /* Nowhere to report a failing console; the output is lost, as with Console. */
        }
        bytes += written;
        length -= (uintptr_t)written;
    }
}
