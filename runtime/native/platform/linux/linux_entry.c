/* From the initial stack to rivet_main (docs/runtime-abi.md § Start-up and shutdown). */
#include <stdint.h>
#include "rivet_platform.h"
#include "linux_tls.h"

int rivet_main(int argc, char** argv);

_Noreturn void rivet_linux_start(uintptr_t* initial_stack);

_Noreturn void rivet_linux_start(uintptr_t* initial_stack) {
    int argc = (int)initial_stack[0];
    char** argv = (char**)&initial_stack[1];
    char** envp = argv + argc + 1;
    while (*envp != 0) envp++;
    const uintptr_t* auxv = (const uintptr_t*)(envp + 1);

    /* Before any compiled code can touch a __thread variable ([ThreadStatic]). */
    rivet_linux_setup_tls(auxv);
    rivet_platform_exit(rivet_main(argc, argv));
}
