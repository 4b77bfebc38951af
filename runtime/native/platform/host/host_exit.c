/* Ends the process. Output is unbuffered (write(2)), so there is nothing to flush. */
#include <unistd.h>
#include "rivet_platform.h"

_Noreturn void rivet_platform_exit(int status) {
    _exit(status);
}
