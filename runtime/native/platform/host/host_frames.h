/* Shared between the host platform's entry point and its backtrace. */
#ifndef RIVET_HOST_FRAMES_H
#define RIVET_HOST_FRAMES_H

/* The frame address of the platform's `main`. glibc's code that calls `main` need not keep a frame
   pointer, so a backtrace stops at this frame instead of following %rbp into libc. */
extern void* rivet_host_outermost_frame;

#endif
