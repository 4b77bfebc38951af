/* Rivet's object model and the helpers generated C calls (docs/runtime-abi.md).
 * Target-independent C11 with GNU extensions; every size comes from the C types themselves,
 * so the same header serves 32- and 64-bit targets. */
#ifndef RIVET_H
#define RIVET_H
#include <stdint.h>
#include <stddef.h>
#include "rivet_platform.h"

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

typedef struct RivetType RivetType;

/* Every heap object starts with its type word. */
typedef struct RivetObject { const RivetType* type; } RivetObject;

/* One implemented interface: the interface's descriptor and the implementing methods,
 * in the interface's declaration order. */
typedef struct RivetInterfaceMap {
    const RivetType* interface_type;
    void* const* slots;
} RivetInterfaceMap;

/* One enum member for Enum.ToString; tables are sorted by value (as unsigned 64-bit). */
typedef struct RivetEnumEntry {
    uint64_t value;
    RivetObject* name;
} RivetEnumEntry;

enum {
    RIVET_TYPE_VALUE_TYPE   = 1u << 0,
    RIVET_TYPE_INTERFACE    = 1u << 1,
    RIVET_TYPE_ARRAY        = 1u << 2,   /* single-dimension, zero-based */
    RIVET_TYPE_MD_ARRAY     = 1u << 3,
    RIVET_TYPE_ENUM         = 1u << 4,
    RIVET_TYPE_NULLABLE     = 1u << 5,
    RIVET_TYPE_ABSTRACT     = 1u << 6,
    RIVET_TYPE_HAS_FINALIZER = 1u << 7,
    RIVET_TYPE_FLAGS_ENUM   = 1u << 8,   /* enum carries [Flags] */
    RIVET_TYPE_SIGNED       = 1u << 9,   /* enum's underlying type is signed */
    RIVET_TYPE_POINTER      = 1u << 10,
    RIVET_TYPE_STRING       = 1u << 11,  /* System.String: size is the header, chars follow */
    RIVET_TYPE_INTEGER      = 1u << 12,  /* primitive integer; `element` is its signed counterpart */
};

/* The type descriptor. Emitted by the compiler as const data, one per reachable type. */
struct RivetType {
    const RivetType* base;                 /* NULL for Object and interfaces */
    const RivetType* element;              /* arrays: element type; enums: underlying; Nullable<T>: T; integers: signed twin */
    RivetObject* type_object;              /* the System.Type for typeof/GetType */
    RivetObject* name;                     /* System.String: the full name */
    const RivetInterfaceMap* interfaces;   /* all interfaces, inherited ones included */
    const uint32_t* ref_offsets;           /* offsets of reference fields from the object start */
    const RivetEnumEntry* enum_entries;
    /* Variant generic interfaces and delegates only (ECMA-335 II.9.11); NULL/0 otherwise. */
    const void* generic_definition;        /* identity of the generic type definition */
    const RivetType* const* type_args;
    const uint8_t* variance;               /* per argument: 0 invariant, 1 covariant (out), 2 contravariant (in) */
    /* Value types with reference or floating-point fields: field-wise Equals/GetHashCode for
     * ValueType (the others compare bytes). NULL otherwise. */
    uint8_t (*value_equals)(const void* a, const void* b);
    int32_t (*value_hash)(const void* value);
    uint32_t flags;
    uint32_t size;                         /* classes: instance size incl. header; value types: value size; arrays: element size */
    uint32_t value_offset;                 /* value types: offset of the value in the boxed form */
    uint16_t interface_count;
    uint16_t ref_offset_count;
    uint16_t enum_count;
    uint16_t rank;
    uint16_t type_arg_count;
    uint32_t vtable_count;
    void* vtable[];
};

/* Single-dimension array header; the elements follow, aligned to their natural alignment. */
typedef struct RivetArray {
    const RivetType* type;
    intptr_t length;
} RivetArray;

/* Multi-dimension array header: lengths[rank] and lowerBounds[rank] follow, then the elements. */
typedef struct RivetMdArray {
    const RivetType* type;
    intptr_t length;
    int32_t bounds[];
} RivetMdArray;

/* System.String: { type; int _stringLength; char _firstChar...; NUL }. */
typedef struct RivetString {
    const RivetType* type;
    int32_t length;
    uint16_t chars[];
} RivetString;

/* ---- allocation (rivet_alloc.c) ---- */
void* rivet_alloc(const RivetType* type, uintptr_t size);
/* Bytes of objects handed out so far: it grows with every allocation (leak checks). */
uint64_t rivet_allocated_bytes(void);
RivetObject* rivet_new_array(const RivetType* array_type, intptr_t length);
RivetObject* rivet_new_md_array(const RivetType* array_type, int rank, const int32_t* lengths);
RivetObject* rivet_new_string(const RivetType* string_type, int32_t length);
RivetObject* rivet_clone(RivetObject* obj);

/* The array element offset for an element of the given alignment. */
#define RIVET_ARRAY_DATA_OFFSET(align) \
    ((sizeof(RivetArray) + (uintptr_t)(align) - 1) & ~((uintptr_t)(align) - 1))
#define RIVET_ARRAY_DATA(arr, T) ((T*)((uint8_t*)(arr) + RIVET_ARRAY_DATA_OFFSET(_Alignof(T))))
uintptr_t rivet_array_data_offset(const RivetType* array_type);
uintptr_t rivet_md_array_data_offset(const RivetType* array_type);
/* Element 0 of any array, single- or multi-dimension. */
static inline void* rivet_array_data(RivetObject* array)
{
    return (uint8_t*)array + ((array->type->flags & RIVET_TYPE_ARRAY)
        ? rivet_array_data_offset(array->type) : rivet_md_array_data_offset(array->type));
}

/* ---- type checks (rivet_cast.c) ---- */
int rivet_is_assignable(const RivetType* from, const RivetType* to);
RivetObject* rivet_isinst(RivetObject* obj, const RivetType* to);
RivetObject* rivet_castclass(RivetObject* obj, const RivetType* to);
void* const* rivet_interface_slots_slow(const RivetType* type, const RivetType* interface_type);
/* The implementing methods of an interface for an object's type: an exact match is found inline;
 * variant matches take the out-of-line path. */
static inline void* const* rivet_interface_slots(const RivetType* type, const RivetType* interface_type)
{
    const RivetInterfaceMap* maps = type->interfaces;
    for (uint32_t i = 0, n = type->interface_count; i < n; i++)
        if (maps[i].interface_type == interface_type)
            return maps[i].slots;
    return rivet_interface_slots_slow(type, interface_type);
}
void rivet_check_array_store(RivetObject* array, RivetObject* value);

/* ---- exceptions (rivet_exception.c) ----
 * Each entered try region pushes a frame; `catches` lists what the frame's handlers could take
 * (a NULL entry means "a filter or catch-all: may handle anything"); a finally/fault-only frame has
 * catch_count 0. throw first walks the chain without unwinding; when no frame can handle the
 * exception it is reported as unhandled, then every frame's finally/fault blocks run (innermost
 * first) and the program exits with status 134, as CoreCLR 10 does. */
/* A filter (catch … when): runs during pass one, as in the CLR, with the locals of its method
 * reached through `context`; returns nonzero to accept the exception for handler `handler`. */
typedef int32_t (*RivetFilterFunction)(void* context, uintptr_t handler, RivetObject* exception);

typedef struct RivetExceptionFrame {
    struct RivetExceptionFrame* prev;
    const RivetType* const* catches;   /* NULL entry: a filter (when `filter` is set) or catch-all */
    uintptr_t catch_count;
    RivetFilterFunction filter;
    void* context;
    void* jump[5];
} RivetExceptionFrame;

/* Per thread (in the kernel: per task, whose tp names its own thread-local block): every thread
   has its own chain of try frames and its own exception in flight. */
extern _Thread_local RivetExceptionFrame* rivet_frame_top;
extern _Thread_local RivetObject* rivet_exception_in_flight;
/* The filter that accepted the exception in flight during pass one (frame and handler index). */
extern _Thread_local RivetExceptionFrame* rivet_filter_frame;
extern _Thread_local uintptr_t rivet_filter_handler;

_Noreturn void rivet_throw(RivetObject* exception);
_Noreturn void rivet_rethrow(RivetObject* exception);
_Noreturn void rivet_unwind_continue(RivetObject* exception);

#define RIVET_TRY_PUSH(frame, table, count) \
    ((frame).prev = rivet_frame_top, (frame).catches = (table), (frame).catch_count = (count), \
     (frame).filter = NULL, rivet_frame_top = &(frame))
#define RIVET_TRY_PUSH_FILTERED(frame, table, count, function, ctx) \
    ((frame).prev = rivet_frame_top, (frame).catches = (table), (frame).catch_count = (count), \
     (frame).filter = (function), (frame).context = (void*)(ctx), rivet_frame_top = &(frame))
#define RIVET_TRY_POP(frame) (rivet_frame_top = (frame).prev)

/* ---- stack traces (rivet_stacktrace.c) ---- */
enum {
    RIVET_METHOD_SHOWN  = 0,
    RIVET_METHOD_HIDDEN = 1,   /* throw helpers and glue: not part of a C# stack trace */
    RIVET_METHOD_ENTRY  = 2,   /* Main: the trace ends here */
};
typedef struct RivetMethodInfo {
    const void* start;
    const char* name;
    uintptr_t kind;
} RivetMethodInfo;
/* Emitted by the compiler: every compiled method's address and C# name. */
extern const RivetMethodInfo rivet_method_table[];
extern const uintptr_t rivet_method_table_count;
/* The C# name ("Ns.Type.Method(args)") of the method containing pc, or NULL. */
const char* rivet_method_name_for_pc(uintptr_t pc);
/* The C# frames from the one containing `from` (a return address) outward to Main. */
int rivet_capture_backtrace(void** pcs, int max, void* from);

/* ---- glue the compiler emits for the runtime (generated C) ---- */
void rivet_glue_set_stack_trace(RivetObject* exception, void** pcs, int count);
void rivet_glue_report_unhandled(RivetObject* exception);   /* prints "Unhandled exception. …" */
_Noreturn void rivet_glue_throw_out_of_memory(void);
_Noreturn void rivet_glue_throw_overflow(void);
_Noreturn void rivet_glue_throw_invalid_cast(void);
_Noreturn void rivet_glue_throw_array_type_mismatch(void);

/* ---- arithmetic helpers ---- */
/* .NET 9+ saturating float→int conversions: NaN → 0, out of range → the nearest bound. */
#define RIVET_SATURATE(name, T, MINV, MAXV) \
    static inline T name(double v) { \
        if (v != v) return 0; \
        if (v <= (double)(MINV)) return (MINV); \
        if (v >= (double)(MAXV)) return (MAXV); \
        return (T)v; }
RIVET_SATURATE(rivet_conv_i1, int8_t, INT8_MIN, INT8_MAX)
RIVET_SATURATE(rivet_conv_u1, uint8_t, 0, UINT8_MAX)
RIVET_SATURATE(rivet_conv_i2, int16_t, INT16_MIN, INT16_MAX)
RIVET_SATURATE(rivet_conv_u2, uint16_t, 0, UINT16_MAX)
RIVET_SATURATE(rivet_conv_i4, int32_t, INT32_MIN, INT32_MAX)
RIVET_SATURATE(rivet_conv_u4, uint32_t, 0, UINT32_MAX)
#undef RIVET_SATURATE
static inline int64_t rivet_conv_i8(double v) {
    if (v != v) return 0;
    if (v <= -9223372036854775808.0) return INT64_MIN;
    if (v >= 9223372036854775808.0) return INT64_MAX;
    return (int64_t)v;
}
static inline uint64_t rivet_conv_u8(double v) {
    if (v != v || v <= 0.0) return 0;
    if (v >= 18446744073709551616.0) return UINT64_MAX;
    return (uint64_t)v;
}
static inline intptr_t rivet_conv_i(double v) {
    return sizeof(intptr_t) == 8 ? (intptr_t)rivet_conv_i8(v) : (intptr_t)rivet_conv_i4(v);
}
static inline uintptr_t rivet_conv_u(double v) {
    return sizeof(uintptr_t) == 8 ? (uintptr_t)rivet_conv_u8(v) : (uintptr_t)rivet_conv_u4(v);
}
/* ECMA-335 III.3.55 rem on floats: C fmod semantics. */
double rivet_fmod(double a, double b);
float rivet_fmodf(float a, float b);

#endif
