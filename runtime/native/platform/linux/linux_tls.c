/* The static TLS block for a statically linked RISC-V program (ELF TLS variant I as the RISC-V
   psABI uses it: no TCB before the data, tp points at the start of the block, and the linker's
   local-exec offsets are relative to the PT_TLS segment's start). */
#include <string.h>
#include "linux_syscall.h"
#include "linux_tls.h"

enum { AT_NULL = 0, AT_PHDR = 3, AT_PHNUM = 5 };
enum { PT_TLS = 7 };

/* Elf64_Phdr / Elf32_Phdr (System V gABI): the field order differs between the two classes. */
#if __riscv_xlen == 64
typedef struct {
    uint32_t type, flags;
    uint64_t offset, vaddr, paddr, filesz, memsz, align;
} ProgramHeader;
#else
typedef struct {
    uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
} ProgramHeader;
#endif

static uintptr_t auxiliary_value(const uintptr_t* auxv, uintptr_t type) {
    for (; auxv[0] != AT_NULL; auxv += 2)
        if (auxv[0] == type) return auxv[1];
    return 0;
}

void rivet_linux_setup_tls(const uintptr_t* auxv) {
    const ProgramHeader* headers = (const ProgramHeader*)auxiliary_value(auxv, AT_PHDR);
    uintptr_t count = auxiliary_value(auxv, AT_PHNUM);
    for (uintptr_t i = 0; headers != 0 && i < count; i++) {
        const ProgramHeader* tls = &headers[i];
        if (tls->type != PT_TLS) continue;
        uintptr_t align = tls->align > 1 ? tls->align : 1;
        /* mmap returns page-aligned memory; over-allocate for a larger alignment. */
        uint8_t* memory = rivet_linux_map_pages(tls->memsz + align);
        if (memory == 0) {
            static const char message[] = "rivet: cannot allocate thread-local storage\n";
            rivet_linux_syscall3(RIVET_SYS_WRITE, 2, (long)message, sizeof message - 1);
            rivet_linux_syscall3(RIVET_SYS_EXIT_GROUP, 127, 0, 0);
        }
        uint8_t* block = (uint8_t*)(((uintptr_t)memory + align - 1) & ~(align - 1));
        /* .tdata's image; the rest (.tbss) is already zero. */
        memcpy(block, (const void*)(uintptr_t)tls->vaddr, tls->filesz);
        __asm__ volatile("mv tp, %0" : : "r"(block) : "memory");
        return;
    }
}
