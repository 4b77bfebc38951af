/* The subset of the RISC-V Supervisor Binary Interface (SBI v2.0) that the M-mode stage
   implements for S-mode: TIME (ch. 6), IPI (ch. 7) and HSM (ch. 9). The calling convention is
   §3: a7 = extension id, a6 = function id, a0..a5 arguments; a0 = error, a1 = value. */
#ifndef RIVET_SBI_H
#define RIVET_SBI_H
#include <stdint.h>

#define SBI_EXT_TIME 0x54494D45
#define SBI_EXT_IPI 0x735049
#define SBI_EXT_HSM 0x48534D

#define SBI_TIME_SET_TIMER 0
#define SBI_IPI_SEND_IPI 0
#define SBI_HSM_HART_START 0
#define SBI_HSM_HART_GET_STATUS 2

#define SBI_SUCCESS 0
#define SBI_ERR_NOT_SUPPORTED (-2)
#define SBI_ERR_INVALID_PARAM (-3)
#define SBI_ERR_ALREADY_AVAILABLE (-6)

/* hart_get_status values (§9.1) */
#define SBI_HSM_STARTED 0
#define SBI_HSM_STOPPED 1
#define SBI_HSM_START_PENDING 2

typedef struct {
    intptr_t error;
    intptr_t value;
} SbiResult;

/* An SBI call from S-mode. */
static inline SbiResult rivet_sbi_call(uintptr_t extension, uintptr_t function, uintptr_t arg0,
                                       uintptr_t arg1, uintptr_t arg2) {
    register uintptr_t a0 __asm__("a0") = arg0;
    register uintptr_t a1 __asm__("a1") = arg1;
    register uintptr_t a2 __asm__("a2") = arg2;
    register uintptr_t a6 __asm__("a6") = function;
    register uintptr_t a7 __asm__("a7") = extension;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a2), "r"(a6), "r"(a7) : "memory");
    return (SbiResult){(intptr_t)a0, (intptr_t)a1};
}

#endif
