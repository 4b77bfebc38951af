/* The early console: QEMU virt's NS16550A UART, polled. A byte goes to the transmit holding
   register (offset 0) once the line status register (offset 5) reports it empty (bit 5, THRE). */
#include "kernel_layout.h"
#include "kernel_platform.h"

#define UART_THR 0
#define UART_LSR 5
#define UART_LSR_THRE 0x20

static int console_lock;

void rivet_kernel_console_put(char c) {
    volatile uint8_t* uart = (volatile uint8_t*)RIVET_EARLY_UART_BASE;
    while ((uart[UART_LSR] & UART_LSR_THRE) == 0) {}
    uart[UART_THR] = (uint8_t)c;
}

void rivet_kernel_console_put_string(const char* text) {
    while (*text != 0) rivet_kernel_console_put(*text++);
}

/* stdout and stderr both go to the serial console; one call's bytes are never interleaved with
   another hart's. Not for use with interrupts enabled: a handler that writes would deadlock. */
void rivet_platform_write(int fd, const uint8_t* bytes, uintptr_t length) {
    (void)fd;
    while (__atomic_exchange_n(&console_lock, 1, __ATOMIC_ACQUIRE) != 0) {}
    for (uintptr_t i = 0; i < length; i++) rivet_kernel_console_put((char)bytes[i]);
    __atomic_store_n(&console_lock, 0, __ATOMIC_RELEASE);
}
