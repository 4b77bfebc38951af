/* Two-pass exception dispatch over the chain of try frames (docs/runtime-abi.md, "Exceptions").
 * Pass one only looks: if no frame can handle the exception it is unhandled: it is reported at
 * once, then the frames unwind running their finally/fault blocks and the program exits with 134
 * (CoreCLR 10 behaviour; a platform may choose another status). Pass two longjmps into the innermost frame;
 * the method's landing code runs its catch, filter, finally or fault and, when the exception is
 * not caught there, continues with rivet_unwind_continue. */
#include "rivet.h"

_Thread_local RivetExceptionFrame* rivet_frame_top;
_Thread_local RivetObject* rivet_exception_in_flight;
_Thread_local RivetExceptionFrame* rivet_filter_frame;
_Thread_local uintptr_t rivet_filter_handler;

/* Frames recorded per throw; corlib preallocates the OutOfMemoryException's trace with as many. */
#define RIVET_MAX_TRACE 64

static int frame_handles(RivetExceptionFrame* frame, RivetObject* exception)
{
    for (uintptr_t i = 0; i < frame->catch_count; i++) {
        const RivetType* c = frame->catches[i];
        if (c == NULL && frame->filter) {
            if (frame->filter(frame->context, i, exception)) {
                rivet_filter_frame = frame;
                rivet_filter_handler = i;
                return 1;
            }
        } else if (c == NULL || rivet_is_assignable(exception->type, c)) {
            return 1;
        }
    }
    return 0;
}

/* Pass one: the innermost handler that takes the exception, running filters on the way. */
static int any_frame_handles(RivetObject* exception)
{
    rivet_filter_frame = NULL;
    for (RivetExceptionFrame* f = rivet_frame_top; f; f = f->prev)
        if (frame_handles(f, exception))
            return 1;
    return 0;
}

/* The status an unhandled exception ends the program with: CoreCLR's 134 (SIGABRT), unless the
 * platform defines its own (the kernel: its panic status). */
extern const int rivet_platform_unhandled_exception_status __attribute__((weak));

static int unhandled_exit_status(void)
{
    return &rivet_platform_unhandled_exception_status ? rivet_platform_unhandled_exception_status : 134;
}

static int reported_unhandled;

static void report_unhandled(RivetObject* exception)
{
    if (!reported_unhandled) {
        reported_unhandled = 1;
        rivet_glue_report_unhandled(exception);
    }
}

_Noreturn void rivet_unwind_continue(RivetObject* exception)
{
    RivetExceptionFrame* frame = rivet_frame_top;
    if (!frame) {
        report_unhandled(exception);   /* a filter declined after pass one counted on it */
        rivet_platform_exit(unhandled_exit_status());
    }
    rivet_frame_top = frame->prev;
    rivet_exception_in_flight = exception;
    __builtin_longjmp(frame->jump, 1);
}

_Noreturn void rivet_rethrow(RivetObject* exception)
{
    if (!any_frame_handles(exception))
        report_unhandled(exception);
    rivet_unwind_continue(exception);
}

/* System.Exception's first fields (docs/runtime-abi.md § Object model). */
typedef struct RivetExceptionFields {
    RivetObject header;
    RivetObject* message;
    RivetObject* inner_exception;
    RivetArray* stack_trace;
} RivetExceptionFields;

/* An exception whose trace array has room for the new trace gets it written in place, zeros
 * after the last frame; only a missing or short array is replaced by a new one. The preallocated
 * OutOfMemoryException comes with RIVET_MAX_TRACE slots, so throwing it never allocates: the
 * heap is exhausted when it is thrown. */
static void record_trace(RivetObject* exception, void** pcs, int count)
{
    RivetArray* trace = ((RivetExceptionFields*)exception)->stack_trace;
    if (!trace || trace->length < count) {
        rivet_glue_set_stack_trace(exception, pcs, count);
        return;
    }
    intptr_t* slots = RIVET_ARRAY_DATA(trace, intptr_t);
    for (intptr_t i = 0; i < trace->length; i++)
        slots[i] = i < count ? (intptr_t)pcs[i] : 0;
}

__attribute__((noinline)) _Noreturn void rivet_throw(RivetObject* exception)
{
    void* pcs[RIVET_MAX_TRACE];
    int count = rivet_capture_backtrace(pcs, RIVET_MAX_TRACE, __builtin_return_address(0));
    record_trace(exception, pcs, count);
    rivet_rethrow(exception);
}
