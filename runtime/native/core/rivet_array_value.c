/* Reading any array's element as an object, for the non-generic IEnumerable of System.Array
 * (corlib's Array.Enumeration.cs): references as they are, value types boxed. */
#include "rivet.h"

/* Whether rivet_array_get_value can box this array's elements: every element type but Nullable<T>
 * (which boxes to its T or null, and whose layout this helper does not know). */
uint8_t rivet_array_elements_boxable(RivetObject* array)
{
    return (array->type->element->flags & RIVET_TYPE_NULLABLE) == 0;
}

/* Element `index` counted row-major from element 0; the caller checks the bounds. */
RivetObject* rivet_array_get_value(RivetObject* array, intptr_t index)
{
    const RivetType* element = array->type->element;
    uint8_t* slot = (uint8_t*)rivet_array_data(array) + (uintptr_t)index * array->type->size;
    if (!(element->flags & RIVET_TYPE_VALUE_TYPE))
        return *(RivetObject**)slot;
    RivetObject* box = rivet_alloc(element, element->value_offset + element->size);
    __builtin_memcpy((uint8_t*)box + element->value_offset, slot, element->size);
    return box;
}
