/* Thread-local storage for the main (only) thread. */
#ifndef RIVET_LINUX_TLS_H
#define RIVET_LINUX_TLS_H
#include <stdint.h>

/* Builds the thread's TLS block from the PT_TLS program header found through the auxiliary
   vector and points tp at it; leaves tp alone when the program has no PT_TLS segment. */
void rivet_linux_setup_tls(const uintptr_t* auxv);

#endif
