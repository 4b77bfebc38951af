/* The interface every platform (runtime/native/platform/<name>) implements (docs/runtime-abi.md). */
#ifndef RIVET_PLATFORM_H
#define RIVET_PLATFORM_H
#include <stdint.h>

void  rivet_platform_write(int fd, const uint8_t* bytes, uintptr_t length);
_Noreturn void rivet_platform_exit(int status);
void* rivet_platform_alloc_pages(uintptr_t bytes);   /* zeroed, page aligned; NULL when out of memory */
int   rivet_platform_backtrace(void** return_addresses, int max);  /* innermost first */

#endif
