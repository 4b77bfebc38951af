/* Type checks: castclass, isinst, interface lookup, array covariance (ECMA-335 I.8.7). */
#include "rivet.h"

extern _Noreturn void rivet_glue_throw_invalid_cast(void);
extern _Noreturn void rivet_glue_throw_array_type_mismatch(void);

/* Whether an instantiation of a variant generic type converts to another instantiation of the
 * same definition (ECMA-335 II.9.11; variance applies to reference type arguments only). */
static int variant_assignable(const RivetType* from, const RivetType* to)
{
    if (!to->variance || from->generic_definition != to->generic_definition)
        return 0;
    for (uint32_t i = 0; i < to->type_arg_count; i++) {
        const RivetType* a = from->type_args[i];
        const RivetType* b = to->type_args[i];
        if (a == b)
            continue;
        if ((a->flags | b->flags) & RIVET_TYPE_VALUE_TYPE)
            return 0;
        if (to->variance[i] == 1 && rivet_is_assignable(a, b))
            continue;
        if (to->variance[i] == 2 && rivet_is_assignable(b, a))
            continue;
        return 0;
    }
    return 1;
}

static const RivetInterfaceMap* find_interface(const RivetType* type, const RivetType* interface_type)
{
    for (uint32_t i = 0; i < type->interface_count; i++)
        if (type->interfaces[i].interface_type == interface_type)
            return &type->interfaces[i];
    if (interface_type->variance)
        for (uint32_t i = 0; i < type->interface_count; i++)
            if (variant_assignable(type->interfaces[i].interface_type, interface_type))
                return &type->interfaces[i];
    return NULL;
}

static int implements(const RivetType* type, const RivetType* interface_type)
{
    return find_interface(type, interface_type) != NULL;
}

/* The reduced type of an array element (I.8.7.1): enums become their underlying type and
 * unsigned integers their signed twin, so int[] and uint[] (or E[] over int) interconvert. */
static const RivetType* reduced(const RivetType* t)
{
    if ((t->flags & RIVET_TYPE_ENUM) && t->element)
        t = t->element;
    if ((t->flags & RIVET_TYPE_INTEGER) && t->element)
        t = t->element;
    return t;
}

int rivet_is_assignable(const RivetType* from, const RivetType* to)
{
    if (from == to)
        return 1;
    if (to->flags & RIVET_TYPE_INTERFACE)
        return implements(from, to);
    for (const RivetType* t = from->base; t; t = t->base)
        if (t == to)
            return 1;
    if (variant_assignable(from, to))
        return 1;
    /* Array covariance: S[] is assignable to T[] when both are reference types and S to T.
     * Arrays of same-size integers and of enums over them are interchangeable (I.8.7.1). */
    if ((from->flags & to->flags & (RIVET_TYPE_ARRAY | RIVET_TYPE_MD_ARRAY)) && from->rank == to->rank
        && (from->flags & RIVET_TYPE_ARRAY) == (to->flags & RIVET_TYPE_ARRAY)) {
        const RivetType* fe = from->element;
        const RivetType* te = to->element;
        if (!(fe->flags & RIVET_TYPE_VALUE_TYPE) && !(te->flags & RIVET_TYPE_VALUE_TYPE))
            return rivet_is_assignable(fe, te);
        return reduced(fe) == reduced(te);
    }
    return 0;
}

RivetObject* rivet_isinst(RivetObject* obj, const RivetType* to)
{
    if (obj && rivet_is_assignable(obj->type, to))
        return obj;
    return NULL;
}

RivetObject* rivet_castclass(RivetObject* obj, const RivetType* to)
{
    if (obj && !rivet_is_assignable(obj->type, to))
        rivet_glue_throw_invalid_cast();
    return obj;
}

void* const* rivet_interface_slots_slow(const RivetType* type, const RivetType* interface_type)
{
    const RivetInterfaceMap* map = find_interface(type, interface_type);
    if (map)
        return map->slots;
    /* Unreachable for verifiable code: the compiler only emits interface calls on objects whose
     * static type implements the interface. */
    rivet_glue_throw_invalid_cast();
}

void rivet_check_array_store(RivetObject* array, RivetObject* value)
{
    if (value && !rivet_is_assignable(value->type, array->type->element))
        rivet_glue_throw_array_type_mismatch();
}
