/* Program counter → C# method name, for exception stack traces. The compiler emits
 * rivet_method_table (start address, name and kind of every compiled function); a pc belongs to
 * the function with the greatest start address not above it. */
#include "rivet.h"

static const RivetMethodInfo* method_for_pc(uintptr_t pc)
{
    const RivetMethodInfo* best = NULL;
    for (uintptr_t i = 0; i < rivet_method_table_count; i++) {
        uintptr_t start = (uintptr_t)rivet_method_table[i].start;
        if (start <= pc && (!best || start > (uintptr_t)best->start))
            best = &rivet_method_table[i];
    }
    return best;
}

const char* rivet_method_name_for_pc(uintptr_t pc)
{
    const RivetMethodInfo* m = method_for_pc(pc);
    return m && m->kind != RIVET_METHOD_HIDDEN ? m->name : NULL;
}

int rivet_capture_backtrace(void** pcs, int max, void* from)
{
    void* raw[128];
    int count = rivet_platform_backtrace(raw, 128);
    int first = 0;
    while (first < count && raw[first] != from)
        first++;
    if (first == count)
        first = 0;   /* the platform could not see the thrower's frame; keep everything */
    int kept = 0;
    for (int i = first; i < count && kept < max; i++) {
        /* A return address points after the call; step back into the calling instruction. */
        uintptr_t pc = (uintptr_t)raw[i] - 1;
        const RivetMethodInfo* m = method_for_pc(pc);
        if (!m || m->kind == RIVET_METHOD_HIDDEN)
            continue;
        pcs[kept++] = (void*)pc;
        if (m->kind == RIVET_METHOD_ENTRY)
            break;
    }
    return kept;
}
