/* What the kernel platform's own files share. */
#ifndef RIVET_KERNEL_PLATFORM_H
#define RIVET_KERNEL_PLATFORM_H
#include <stdint.h>
#include "rivet_platform.h"

/* One byte to the early console, without locking (usable from the M-mode trap handler). */
void rivet_kernel_console_put(char c);
void rivet_kernel_console_put_string(const char* text);

/* Hands out pages from the end of the kernel image up to `limit` (exclusive). */
void rivet_kernel_pages_init(uintptr_t limit);

/* Points tp at a fresh copy of the thread-local template in hart `hartid`'s own block. */
void rivet_kernel_setup_tls(uintptr_t hartid);

/* supervisor_start.S: where a hart started by rivet_kernel_start_hart enters S-mode. */
void rivet_supervisor_hart_entry(void);

#endif
