using System;

namespace Rivet
{
    /// <summary>
    /// Asks the IL→C compiler to write every <c>const</c> of the marked static class into the C
    /// header the assembly includes, as <c>#define ClassName_Constant value</c>. When
    /// <see cref="LayoutOf"/> names a type, the compiler also emits
    /// <c>_Static_assert(offsetof(LayoutOf, Field) == ClassName_Field)</c> for every field of that
    /// type whose name equals a constant's name (docs/runtime-abi.md, "Exported constants").
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class ExportConstantsAttribute : Attribute
    {
        /// <summary>The type whose field offsets the constants describe, or null.</summary>
        public Type? LayoutOf { get; set; }
    }
}
