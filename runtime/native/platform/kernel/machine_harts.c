/* Hart state management (SBI HSM, v2.0 ch. 9) and inter-processor interrupts (SBI IPI, ch. 7)
   over the CLINT's per-hart msip registers.

   Every hart but the boot hart waits in M-mode until S-mode calls hart_start for it. The M-mode
   stage cannot tell which hart ids exist (the device tree says), so hart_start accepts any id
   below RIVET_MAX_HARTS that is not started yet: a hart that has not reached its wait loop yet
   starts when it gets there. */
#include <stdbool.h>
#include "kernel_layout.h"
#include "machine.h"
#include "riscv_csr.h"

enum HartState {
    HART_STOPPED = 0, /* .bss starts every hart here */
    HART_CLAIMED,     /* a hart_start call is filling in start_address and opaque */
    HART_START_PENDING,
    HART_STARTED,
};

typedef struct {
    int state;
    uintptr_t start_address;
    uintptr_t opaque;
} HartSlot;

static HartSlot harts[RIVET_MAX_HARTS];

/* msip also wakes harts waiting for hart_start, and that wake-up may still be pending when the
   hart enters S-mode: only an msip with this flag set is an IPI for S-mode. */
static int ipi_requested[RIVET_MAX_HARTS];

static volatile uint32_t* msip(uintptr_t hartid) {
    return (volatile uint32_t*)RIVET_CLINT_MSIP(hartid);
}

/* Orders memory and device (CLINT) accesses: a sender's memory writes must be visible before
   its msip write raises the interrupt, and a receiver's msip clear must land before it reads
   memory, or a request written in between would be lost. */
static void device_fence(void) {
    __asm__ volatile("fence iorw, iorw" : : : "memory");
}

void rivet_machine_hart_booted(uintptr_t hartid) {
    __atomic_store_n(&harts[hartid].state, HART_STARTED, __ATOMIC_RELEASE);
}

_Noreturn void rivet_machine_wait_for_start(uintptr_t hartid) {
    HartSlot* slot = &harts[hartid];
    for (;;) {
        if (__atomic_load_n(&slot->state, __ATOMIC_ACQUIRE) == HART_START_PENDING) {
            __atomic_store_n(&slot->state, HART_STARTED, __ATOMIC_RELAXED);
            /* SBI §9.2: the started hart gets a0 = hartid, a1 = opaque, in S-mode, satp = 0. */
            rivet_machine_enter(hartid, slot->opaque, slot->start_address);
        }
        /* mstatus.MIE is clear, so a pending msip wakes wfi without trapping. */
        __asm__ volatile("wfi");
        *msip(hartid) = 0;
        device_fence();
    }
}

intptr_t rivet_machine_hart_start(uintptr_t hartid, uintptr_t start_address, uintptr_t opaque) {
    if (hartid >= RIVET_MAX_HARTS) return SBI_ERR_INVALID_PARAM;
    HartSlot* slot = &harts[hartid];
    int expected = HART_STOPPED;
    if (!__atomic_compare_exchange_n(&slot->state, &expected, HART_CLAIMED, false,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return SBI_ERR_ALREADY_AVAILABLE;
    slot->start_address = start_address;
    slot->opaque = opaque;
    __atomic_store_n(&slot->state, HART_START_PENDING, __ATOMIC_RELEASE);
    device_fence();
    *msip(hartid) = 1;
    return SBI_SUCCESS;
}

SbiResult rivet_machine_hart_status(uintptr_t hartid) {
    if (hartid >= RIVET_MAX_HARTS) return (SbiResult){SBI_ERR_INVALID_PARAM, 0};
    switch (__atomic_load_n(&harts[hartid].state, __ATOMIC_ACQUIRE)) {
    case HART_STARTED: return (SbiResult){SBI_SUCCESS, SBI_HSM_STARTED};
    case HART_STOPPED: return (SbiResult){SBI_SUCCESS, SBI_HSM_STOPPED};
    default: return (SbiResult){SBI_SUCCESS, SBI_HSM_START_PENDING};
    }
}

intptr_t rivet_machine_send_ipi(uintptr_t hart_mask, uintptr_t hart_mask_base) {
    for (uintptr_t hartid = 0; hartid < RIVET_MAX_HARTS; hartid++) {
        /* A base of -1 means every hart (SBI §3.1 "hart mask"). */
        int selected = hart_mask_base == (uintptr_t)-1
            || (hartid >= hart_mask_base && hartid - hart_mask_base < __riscv_xlen
                && ((hart_mask >> (hartid - hart_mask_base)) & 1) != 0);
        if (selected) {
            __atomic_store_n(&ipi_requested[hartid], 1, __ATOMIC_RELAXED);
            device_fence();
            *msip(hartid) = 1;
        }
    }
    return SBI_SUCCESS;
}

/* msip rose while this hart runs S-mode or U-mode: hand an IPI to S-mode as SSIP. */
void rivet_machine_software_interrupt(uintptr_t hartid) {
    *msip(hartid) = 0;
    device_fence();
    if (__atomic_exchange_n(&ipi_requested[hartid], 0, __ATOMIC_ACQ_REL) != 0)
        csr_set(mip, 1UL << IRQ_S_SOFTWARE);
}
