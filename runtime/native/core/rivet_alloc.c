/* Object allocation over the platform's page allocator. There is no collector yet: memory is
 * carved from page runs and never returned; every object starts with its type word. */
#include "rivet.h"

#define RIVET_CHUNK_BYTES (1u << 20)

/* A run of pages objects are bumped from. In a kernel image (RIVET_MULTIHART) harts allocate
 * concurrently, so the bump is a compare-and-swap on `next`; the user-space targets are
 * single-threaded and bump with a plain add. A full chunk is replaced as a whole by publishing a
 * new header: a reader never pairs one chunk's `next` with another's `end`. */
typedef struct Chunk {
    uint8_t* next;
    uint8_t* end;
    uint8_t* start;
    uint8_t* unused;   /* keeps the header 16 bytes on rv32 too */
} Chunk;

static Chunk empty_chunk;
/* Bytes handed out from chunks that are no longer current (read and written only under `refilling`). */
static uint64_t retired_bytes;
static Chunk* current_chunk = &empty_chunk;
/* Held by the one allocator that is fetching a new chunk. Its holder can be preempted but never
 * interrupted by an allocator (interrupt handlers do not allocate: RIVET002), so waiters only
 * spin until it runs again. */
static int refilling;

static void* bump_in(Chunk* chunk, uintptr_t size)
{
#if RIVET_MULTIHART
    uint8_t* next = __atomic_load_n(&chunk->next, __ATOMIC_RELAXED);
    do {
        if ((uintptr_t)(chunk->end - next) < size)
            return NULL;
    } while (!__atomic_compare_exchange_n(&chunk->next, &next, next + size, 1,
                                          __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    return next;
#else
    uint8_t* next = chunk->next;
    if ((uintptr_t)(chunk->end - next) < size)
        return NULL;
    chunk->next = next + size;
    return next;
#endif
}

static void* bump(uintptr_t size)
{
    size = (size + 15u) & ~(uintptr_t)15u;
    for (;;) {
        Chunk* chunk = __atomic_load_n(&current_chunk, __ATOMIC_ACQUIRE);
        void* result = bump_in(chunk, size);
        if (result)
            return result;
        if (__atomic_exchange_n(&refilling, 1, __ATOMIC_ACQUIRE))
            continue;   /* another allocator is refilling: retry on its chunk */
        if (__atomic_load_n(&current_chunk, __ATOMIC_ACQUIRE) != chunk) {
            __atomic_store_n(&refilling, 0, __ATOMIC_RELEASE);
            continue;   /* refilled while we looked */
        }
        uintptr_t want = size + sizeof(Chunk) > RIVET_CHUNK_BYTES ? size + sizeof(Chunk) : RIVET_CHUNK_BYTES;
        uint8_t* pages = want < size ? NULL : rivet_platform_alloc_pages(want);
        if (!pages) {
            __atomic_store_n(&refilling, 0, __ATOMIC_RELEASE);
            return NULL;
        }
        /* The header takes the chunk's first bytes (a multiple of 16: objects stay 16-byte aligned). */
        Chunk* fresh = (Chunk*)pages;
        fresh->start = pages + sizeof(Chunk);
        fresh->next = fresh->start;
        fresh->end = pages + want;
        /* Bumps that still land in the old chunk after this are not counted: it is full. */
        retired_bytes += (uint64_t)(__atomic_load_n(&chunk->next, __ATOMIC_RELAXED) - chunk->start);
        __atomic_store_n(&current_chunk, fresh, __ATOMIC_RELEASE);
        __atomic_store_n(&refilling, 0, __ATOMIC_RELEASE);
    }
}

_Static_assert(sizeof(Chunk) % 16 == 0, "chunk headers keep objects 16-byte aligned");

uint64_t rivet_allocated_bytes(void)
{
    while (__atomic_exchange_n(&refilling, 1, __ATOMIC_ACQUIRE)) {
    }
    Chunk* chunk = __atomic_load_n(&current_chunk, __ATOMIC_ACQUIRE);
    uint64_t total = retired_bytes + (uint64_t)(__atomic_load_n(&chunk->next, __ATOMIC_RELAXED) - chunk->start);
    __atomic_store_n(&refilling, 0, __ATOMIC_RELEASE);
    return total;
}

void* rivet_alloc(const RivetType* type, uintptr_t size)
{
    RivetObject* obj = bump(size);
    if (unlikely(!obj))
        rivet_glue_throw_out_of_memory();
    obj->type = type;
    return obj;
}

uintptr_t rivet_array_data_offset(const RivetType* array_type)
{
    uintptr_t align = array_type->value_offset;   /* arrays keep their element alignment here */
    return (sizeof(RivetArray) + align - 1) & ~(align - 1);
}

uintptr_t rivet_md_array_data_offset(const RivetType* array_type)
{
    uintptr_t align = array_type->value_offset;
    uintptr_t header = sizeof(RivetMdArray) + 2u * sizeof(int32_t) * array_type->rank;
    return (header + align - 1) & ~(align - 1);
}

RivetObject* rivet_new_array(const RivetType* array_type, intptr_t length)
{
    extern _Noreturn void rivet_glue_throw_overflow(void);
    if (unlikely(length < 0))
        rivet_glue_throw_overflow();
    uintptr_t bytes = rivet_array_data_offset(array_type) + (uintptr_t)length * array_type->size;
    RivetArray* arr = rivet_alloc(array_type, bytes);
    arr->length = length;
    return (RivetObject*)arr;
}

RivetObject* rivet_new_md_array(const RivetType* array_type, int rank, const int32_t* lengths)
{
    extern _Noreturn void rivet_glue_throw_overflow(void);
    intptr_t total = 1;
    for (int i = 0; i < rank; i++) {
        if (unlikely(lengths[i] < 0))
            rivet_glue_throw_overflow();
        total *= lengths[i];
    }
    uintptr_t bytes = rivet_md_array_data_offset(array_type) + (uintptr_t)total * array_type->size;
    RivetMdArray* arr = rivet_alloc(array_type, bytes);
    arr->length = total;
    for (int i = 0; i < rank; i++) {
        arr->bounds[i] = lengths[i];
        arr->bounds[rank + i] = 0;
    }
    return (RivetObject*)arr;
}

RivetObject* rivet_new_string(const RivetType* string_type, int32_t length)
{
    extern _Noreturn void rivet_glue_throw_overflow(void);
    if (unlikely(length < 0))
        rivet_glue_throw_overflow();
    RivetString* s = rivet_alloc(string_type, sizeof(RivetString) + ((uintptr_t)length + 1u) * 2u);
    s->length = length;
    return (RivetObject*)s;
}

static uintptr_t object_size(RivetObject* obj)
{
    const RivetType* t = obj->type;
    if (t->flags & RIVET_TYPE_ARRAY)
        return rivet_array_data_offset(t) + (uintptr_t)((RivetArray*)obj)->length * t->size;
    if (t->flags & RIVET_TYPE_MD_ARRAY)
        return rivet_md_array_data_offset(t) + (uintptr_t)((RivetMdArray*)obj)->length * t->size;
    if (t->flags & RIVET_TYPE_STRING)
        return sizeof(RivetString) + ((uintptr_t)((RivetString*)obj)->length + 1u) * 2u;
    if (t->flags & RIVET_TYPE_VALUE_TYPE)
        return t->value_offset + t->size;
    return t->size;
}

RivetObject* rivet_clone(RivetObject* obj)
{
    uintptr_t size = object_size(obj);
    RivetObject* copy = rivet_alloc(obj->type, size);
    __builtin_memcpy(copy, obj, size);
    return copy;
}
