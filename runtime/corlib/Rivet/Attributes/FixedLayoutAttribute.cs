using System;

namespace Rivet
{
    /// <summary>
    /// Declares a partial struct whose layout is fixed by an external specification (e.g. virtio
    /// 1.2 section 2.7). The fields come from <see cref="FixedLayoutFieldAttribute"/> in declaration
    /// order and are placed as a C compiler places them (natural alignment, size rounded up to the
    /// largest alignment). The generator writes explicit offsets and a
    /// <see cref="ExportConstantsAttribute"/> class so the C side checks the same layout.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, Inherited = false)]
    public sealed class FixedLayoutAttribute : Attribute
    {
        /// <summary>Where the layout is specified, copied into the generated documentation.</summary>
        public string? Specification { get; set; }
    }
}
