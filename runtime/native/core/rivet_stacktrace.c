/* Program counter → C# method name, for exception stack traces. The compiler emits
 * rivet_method_table (start address + name of every compiled method); a pc belongs to the method
 * with the greatest start address not above it. */
#include "rivet.h"

const char* rivet_method_name_for_pc(uintptr_t pc)
{
    const RivetMethodInfo* best = NULL;
    for (uintptr_t i = 0; i < rivet_method_table_count; i++) {
        uintptr_t start = (uintptr_t)rivet_method_table[i].start;
        if (start <= pc && (!best || start > (uintptr_t)best->start))
            best = &rivet_method_table[i];
    }
    return best ? best->name : NULL;
}

/* Return addresses of the managed frames above the caller of rivet_throw. */
int rivet_capture_backtrace(void** pcs, int max)
{
    int count = rivet_platform_backtrace(pcs, max);
    int kept = 0;
    for (int i = 0; i < count; i++) {
        /* A return address points after the call; step back into the calling instruction. */
        uintptr_t pc = (uintptr_t)pcs[i] - 1;
        if (rivet_method_name_for_pc(pc))
            pcs[kept++] = (void*)pc;
    }
    return kept;
}
