/* The M-mode stage: what its files share. It runs on every hart from reset until it enters
   S-mode, and afterwards only inside rivet_machine_trap (timer and IPI forwarding, SBI calls). */
#ifndef RIVET_MACHINE_H
#define RIVET_MACHINE_H
#include <stdint.h>
#include "sbi.h"

/* boot_start.S */
extern uint8_t rivet_hart_stacks[];
extern uint8_t rivet_machine_stacks[];

/* machine_trap_entry.S */
void rivet_machine_trap_entry(void);
_Noreturn void rivet_machine_enter(uintptr_t a0, uintptr_t a1, uintptr_t entry);

/* supervisor_start.S: where the boot hart enters S-mode, with a0 = hartid, a1 = device tree. */
void rivet_supervisor_boot_entry(void);

/* machine_probe.S */
int rivet_machine_has_stimecmp(void);

/* machine_start.c */
_Noreturn void rivet_machine_start(uintptr_t hartid, uintptr_t device_tree, int is_boot_hart);

/* machine_trap.c; `frame` holds x0..x31 of the interrupted code by register number. */
void rivet_machine_trap(uintptr_t* frame);

/* machine_timer.c */
void rivet_machine_timer_init(void);
void rivet_machine_set_timer(uint64_t time);
void rivet_machine_timer_interrupt(void);

/* machine_harts.c */
void rivet_machine_hart_booted(uintptr_t hartid);
_Noreturn void rivet_machine_wait_for_start(uintptr_t hartid);
intptr_t rivet_machine_hart_start(uintptr_t hartid, uintptr_t start_address, uintptr_t opaque);
SbiResult rivet_machine_hart_status(uintptr_t hartid);
intptr_t rivet_machine_send_ipi(uintptr_t hart_mask, uintptr_t hart_mask_base);
void rivet_machine_software_interrupt(uintptr_t hartid);

#endif
