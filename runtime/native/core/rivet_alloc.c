/* Object allocation over the platform's page allocator. There is no collector yet: memory is
 * carved from page runs and never returned; every object starts with its type word. */
#include "rivet.h"

#define RIVET_CHUNK_BYTES (1u << 20)

static uint8_t* chunk_next;
static uint8_t* chunk_end;

static void* bump(uintptr_t size)
{
    size = (size + 15u) & ~(uintptr_t)15u;
    if ((uintptr_t)(chunk_end - chunk_next) < size) {
        uintptr_t want = size > RIVET_CHUNK_BYTES ? size : RIVET_CHUNK_BYTES;
        uint8_t* pages = rivet_platform_alloc_pages(want);
        if (!pages)
            return NULL;
        chunk_next = pages;
        chunk_end = pages + want;
    }
    void* result = chunk_next;
    chunk_next += size;
    return result;
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
