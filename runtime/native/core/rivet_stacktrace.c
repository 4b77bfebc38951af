/* Program counter → C# method name, for exception stack traces. The compiler emits
 * rivet_method_table (start address, name and kind of every compiled function); a pc belongs to
 * the function with the greatest start address not above it. */
#include "rivet.h"

/* The runtime's C functions that can be on the stack between managed code and a throw
 * (allocation failing into OutOfMemoryException, casts, array stores, the throw itself). The
 * method table holds only starts, so without these a pc inside one of them would pass for the
 * compiled method laid out before it. */
static const void* const runtime_functions[] = {
    (const void*)&rivet_alloc, (const void*)&rivet_new_array, (const void*)&rivet_new_md_array,
    (const void*)&rivet_new_string, (const void*)&rivet_clone, (const void*)&rivet_castclass,
    (const void*)&rivet_interface_slots_slow, (const void*)&rivet_check_array_store,
    (const void*)&rivet_throw, (const void*)&rivet_rethrow, (const void*)&rivet_unwind_continue,
    (const void*)&rivet_capture_backtrace, (const void*)&rivet_glue_throw_out_of_memory,
    (const void*)&rivet_glue_throw_overflow, (const void*)&rivet_glue_throw_invalid_cast,
    (const void*)&rivet_glue_throw_array_type_mismatch,
};

static const RivetMethodInfo* method_for_pc(uintptr_t pc)
{
    const RivetMethodInfo* best = NULL;
    for (uintptr_t i = 0; i < rivet_method_table_count; i++) {
        uintptr_t start = (uintptr_t)rivet_method_table[i].start;
        if (start <= pc && (!best || start > (uintptr_t)best->start))
            best = &rivet_method_table[i];
    }
    for (uintptr_t i = 0; best && i < sizeof runtime_functions / sizeof runtime_functions[0]; i++) {
        uintptr_t start = (uintptr_t)runtime_functions[i];
        if (start > (uintptr_t)best->start && start <= pc)
            return NULL;   /* pc is in a runtime function that lies after the best method */
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
