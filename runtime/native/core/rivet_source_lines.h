/* Program counter → C# source file and line (docs/runtime-abi.md § Source lines). For bare-metal
 * images rivetc reads the DWARF line table of a first link, keeps the rows of C# files (GCC
 * learned them from the #line directives of the generated C), writes them as this table and
 * links again; the linker script puts the table after everything it describes, so the second
 * link moves no code. Programs without a table (the user targets) find no lines. */
#ifndef RIVET_SOURCE_LINES_H
#define RIVET_SOURCE_LINES_H

#include <stdint.h>

/* The table's header goes first in its output section, its rows and names after it: the
 * header's address, which code refers to, is the same whatever size the rows have. */
#define RIVET_SOURCE_LINES_HEADER __attribute__((section(".rivet_source_lines.header"), used))
#define RIVET_SOURCE_LINES_DATA __attribute__((section(".rivet_source_lines"), used))

/* A row's location: the line in the low RIVET_SOURCE_LINES_LINE_BITS bits, the file index above. */
#define RIVET_SOURCE_LINES_LINE_BITS 20
/* The file index of code that has no C# line (runtime C, generated glue, gaps between functions). */
#define RIVET_SOURCE_LINES_NO_FILE 0xFFFu

/* Code from base + start up to the next row's start has this row's location. Rows are sorted
 * by start; the last row ends the table's code with RIVET_SOURCE_LINES_NO_FILE. */
typedef struct RivetSourceLineRow {
    uint32_t start;
    uint32_t location;
} RivetSourceLineRow;

typedef struct RivetSourceLineTable {
    uintptr_t base;
    uint32_t row_count;
    uint32_t file_count;
    const RivetSourceLineRow* rows;
    const uint32_t* file_name_offsets;   /* into names, one per file index */
    const char* names;                   /* NUL-terminated UTF-8 paths, relative to the folder all C# files share */
} RivetSourceLineTable;

/* Defined by the table rivetc writes; absent (a null address) in programs without one. */
extern const RivetSourceLineTable rivet_source_lines __attribute__((weak));

/* The C# file of the code at pc (NUL-terminated UTF-8) with its line in *line, or NULL when
 * the program has no table or pc is not C# code. Inside code GCC inlined, the inlined line. */
const char* rivet_source_line_for_pc(uintptr_t pc, int32_t* line);

#endif
