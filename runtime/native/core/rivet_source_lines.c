/* Program counter → C# source file and line: a binary search of the table rivetc writes
 * (rivet_source_lines.h). Reads only constant data: usable in a panic and with an exhausted heap. */
#include "rivet_source_lines.h"

const char* rivet_source_line_for_pc(uintptr_t pc, int32_t* line)
{
    const RivetSourceLineTable* table = &rivet_source_lines;
    if (!table || table->row_count == 0 || pc < table->base || pc - table->base > UINT32_MAX)
        return 0;
    uint32_t offset = (uint32_t)(pc - table->base);
    /* Invariant: rows[0 .. low) start at or below offset, rows[high ..) above it. */
    uint32_t low = 0, high = table->row_count;
    while (low < high) {
        uint32_t middle = low + (high - low) / 2;
        if (table->rows[middle].start <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    if (low == 0)
        return 0;
    uint32_t location = table->rows[low - 1].location;
    uint32_t file = location >> RIVET_SOURCE_LINES_LINE_BITS;
    if (file == RIVET_SOURCE_LINES_NO_FILE || file >= table->file_count)
        return 0;
    *line = (int32_t)(location & ((1u << RIVET_SOURCE_LINES_LINE_BITS) - 1));
    return table->names + table->file_name_offsets[file];
}
