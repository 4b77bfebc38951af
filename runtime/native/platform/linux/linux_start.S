/* Process entry for static RISC-V Linux executables (rv64 and rv32).

   On entry sp points at argc, then argv[0..argc-1], NULL, envp..., NULL, the auxiliary vector
   (Linux's ELF loader; RISC-V psABI "Process Initialization"). Nothing else is set up. */
    .section .text._start, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    /* gp must hold __global_pointer$ before any code that the linker relaxed to gp-relative
       addressing runs; this instruction itself must not be relaxed against the unset gp. */
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    mv a0, sp           /* rivet_linux_start(initial stack) */
    andi sp, sp, -16    /* the psABI's 16-byte stack alignment */
    li s0, 0            /* the outermost frame: backtraces stop at s0 = 0 */
    li ra, 0
    call rivet_linux_start
    /* rivet_linux_start does not return. */
1:  j 1b
    .size _start, . - _start
