/* System calls of the Linux generic ABI for RISC-V: number in a7, arguments in a0..a5, `ecall`,
   result or -errno in a0 (RISC-V psABI and Linux's include/uapi/asm-generic/unistd.h). rv32 and
   rv64 share the numbers; on rv32, 222 is mmap2 (offset in pages), which for offset 0 is the same. */
#ifndef RIVET_LINUX_SYSCALL_H
#define RIVET_LINUX_SYSCALL_H

enum {
    RIVET_SYS_WRITE = 64,
    RIVET_SYS_EXIT_GROUP = 94,
    RIVET_SYS_MMAP = 222,
};

enum { RIVET_EINTR = 4 };

/* A result in [-4095, -1] is -errno (Linux's IS_ERR_VALUE). */
static inline int rivet_linux_failed(long result) {
    return (unsigned long)result >= (unsigned long)-4095;
}

static inline long rivet_linux_syscall6(long number, long arg0, long arg1, long arg2,
                                        long arg3, long arg4, long arg5) {
    register long a7 __asm__("a7") = number;
    register long a0 __asm__("a0") = arg0;
    register long a1 __asm__("a1") = arg1;
    register long a2 __asm__("a2") = arg2;
    register long a3 __asm__("a3") = arg3;
    register long a4 __asm__("a4") = arg4;
    register long a5 __asm__("a5") = arg5;
    __asm__ volatile("ecall"
                     : "+r"(a0)
                     : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)
                     : "memory");
    return a0;
}

static inline long rivet_linux_syscall3(long number, long arg0, long arg1, long arg2) {
    return rivet_linux_syscall6(number, arg0, arg1, arg2, 0, 0, 0);
}

/* Anonymous private read-write pages, zeroed by the kernel; NULL on failure. */
static inline void* rivet_linux_map_pages(unsigned long bytes) {
    enum { PROT_READ = 1, PROT_WRITE = 2, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20 };
    long result = rivet_linux_syscall6(RIVET_SYS_MMAP, 0, (long)bytes, PROT_READ | PROT_WRITE,
                                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return rivet_linux_failed(result) ? 0 : (void*)result;
}

#endif
