/* Two-pass exception dispatch over the chain of try frames (docs/runtime-abi.md, "Exceptions").
 * Pass one only looks: if no frame can handle the exception it is unhandled and reported at once,
 * without running finally blocks (CoreCLR behaviour). Pass two longjmps into the innermost frame;
 * the method's landing code runs its catch, filter, finally or fault and, when the exception is
 * not caught there, continues with rivet_unwind_continue. */
#include "rivet.h"

RivetExceptionFrame* rivet_frame_top;
RivetObject* rivet_exception_in_flight;

#define RIVET_MAX_TRACE 64

static int frame_may_handle(const RivetExceptionFrame* frame, const RivetType* type)
{
    for (uintptr_t i = 0; i < frame->catch_count; i++) {
        const RivetType* c = frame->catches[i];
        if (c == NULL || rivet_is_assignable(type, c))
            return 1;
    }
    return 0;
}

static int any_frame_may_handle(const RivetType* type)
{
    for (RivetExceptionFrame* f = rivet_frame_top; f; f = f->prev)
        if (frame_may_handle(f, type))
            return 1;
    return 0;
}

_Noreturn void rivet_unwind_continue(RivetObject* exception)
{
    RivetExceptionFrame* frame = rivet_frame_top;
    if (!frame)
        rivet_glue_unhandled(exception);
    rivet_frame_top = frame->prev;
    rivet_exception_in_flight = exception;
    __builtin_longjmp(frame->jump, 1);
}

_Noreturn void rivet_rethrow(RivetObject* exception)
{
    if (!any_frame_may_handle(exception->type))
        rivet_glue_unhandled(exception);
    rivet_unwind_continue(exception);
}

__attribute__((noinline)) _Noreturn void rivet_throw(RivetObject* exception)
{
    void* pcs[RIVET_MAX_TRACE];
    int count = rivet_capture_backtrace(pcs, RIVET_MAX_TRACE);
    rivet_glue_set_stack_trace(exception, pcs, count);
    rivet_rethrow(exception);
}
