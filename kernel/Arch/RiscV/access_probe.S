/* Accesses that may fault, for proving that the page tables enforce what they say
 * (kernel/Memory/AccessProbe.cs). Each probe returns -1 (all ones: no scause value) when the
 * access completes. When it raises
 * an exception, the trap dispatcher recognises the fault site (a load or store site below, or the
 * instruction address an execute probe jumped to) and resumes at rivet_probe_fault_return with
 * a0 = scause and t0 = stval, the way an exception table works: nothing else of the context
 * changes, so the probe returns to its caller with the cause.
 *
 * None of these routines touches the stack or ra, so the execute probe's target returns straight
 * to the caller, and a fault anywhere leaves ra pointing at the caller. */
    .text
    .globl rivet_probe_load, rivet_probe_store, rivet_probe_execute
    .globl rivet_probe_load_site_address, rivet_probe_store_site_address, rivet_probe_fault_return_address

/* nuint rivet_probe_load(nuint address, nuint* faultAddress): one byte load. */
rivet_probe_load:
    mv t1, a1
rivet_probe_load_site:
    lbu t0, 0(a0)
    li a0, -1
    ret

/* nuint rivet_probe_store(nuint address, byte value, nuint* faultAddress): one byte store. */
rivet_probe_store:
    mv t1, a2
rivet_probe_store_site:
    sb a1, 0(a0)
    li a0, -1
    ret

/* nuint rivet_probe_execute(nuint target, nuint* faultAddress): jumps to code at target that must
 * return -1 in a0 through ra without touching t1 (AccessProbe.ReturnAllOnesFirst/Second). */
rivet_probe_execute:
    mv t1, a1
    jr a0

/* Where the dispatcher resumes a faulted probe: a0 = scause, t0 = stval, t1 = faultAddress. */
rivet_probe_fault_return:
#if __riscv_xlen == 64
    sd t0, 0(t1)
#else
    sw t0, 0(t1)
#endif
    ret

/* The addresses the dispatcher compares sepc with and resumes at. */
rivet_probe_load_site_address:
    la a0, rivet_probe_load_site
    ret
rivet_probe_store_site_address:
    la a0, rivet_probe_store_site
    ret
rivet_probe_fault_return_address:
    la a0, rivet_probe_fault_return
    ret
