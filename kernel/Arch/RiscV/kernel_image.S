/* Addresses of the kernel image's sections, which only the linker knows (kernel.ld in
 * runtime/native/platform/kernel): the page tables map text RX, rodata R, data and bss RW. */
    .text
    .globl rivet_image_text_start, rivet_image_rodata_start, rivet_image_data_start, rivet_image_end
rivet_image_text_start:
    la a0, __text_start
    ret
rivet_image_rodata_start:
    la a0, __rodata_start
    ret
rivet_image_data_start:
    la a0, __data_start
    ret
rivet_image_end:
    la a0, __kernel_end
    ret
