/* CSR access and the CSR bits the boot stage uses (RISC-V Privileged Architecture v1.12,
   chapters 3 and 4; Sstc extension v1.0). Each access is one csr instruction. */
#ifndef RIVET_RISCV_CSR_H
#define RIVET_RISCV_CSR_H
#include <stdint.h>

#define RIVET_CSR_STR(x) #x
#define RIVET_CSR_NAME(x) RIVET_CSR_STR(x)

#define csr_read(csr) ({ uintptr_t value_; \
    __asm__ volatile("csrr %0, " RIVET_CSR_NAME(csr) : "=r"(value_) : : "memory"); value_; })
#define csr_write(csr, value) \
    __asm__ volatile("csrw " RIVET_CSR_NAME(csr) ", %0" : : "r"((uintptr_t)(value)) : "memory")
#define csr_set(csr, mask) \
    __asm__ volatile("csrs " RIVET_CSR_NAME(csr) ", %0" : : "r"((uintptr_t)(mask)) : "memory")
#define csr_clear(csr, mask) \
    __asm__ volatile("csrc " RIVET_CSR_NAME(csr) ", %0" : : "r"((uintptr_t)(mask)) : "memory")

/* CSRs newer than some assemblers' name tables, by number. */
#define CSR_MENVCFG 0x30a
#define CSR_MENVCFGH 0x31a
#define CSR_STIMECMP 0x14d
#define CSR_STIMECMPH 0x15d

/* mstatus (§3.1.6) */
#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_SUPERVISOR (1UL << 11)
#define MSTATUS_MPIE (1UL << 7)
#define MSTATUS_FS_INITIAL (1UL << 13)

/* Interrupt numbers in mip/mie/sip/sie and mcause (§3.1.9) */
#define IRQ_S_SOFTWARE 1
#define IRQ_M_SOFTWARE 3
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXTERNAL 9

/* Exception codes in mcause (§3.1.15) */
#define CAUSE_SUPERVISOR_ECALL 9
#define MCAUSE_INTERRUPT (1UL << (__riscv_xlen - 1))

/* mcounteren: let S-mode read cycle, time and instret (§3.1.11) */
#define MCOUNTEREN_CY_TM_IR 7

/* pmpcfg entry: NAPOT-matched, readable, writable, executable (§3.7.1) */
#define PMPCFG_NAPOT_RWX 0x1f

/* Sstc: menvcfg.STCE is bit 63 (menvcfgh bit 31 on RV32) */
#if __riscv_xlen == 64
#define MENVCFG_STCE (1UL << 63)
#else
#define MENVCFGH_STCE (1UL << 31)
#endif

#endif
