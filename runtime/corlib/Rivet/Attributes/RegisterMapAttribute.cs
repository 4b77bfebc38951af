using System;

namespace Rivet
{
    /// <summary>
    /// Declares a partial static class as a memory-mapped register map; the generator writes one
    /// offset constant per <see cref="RegisterAttribute"/>, checks that no two registers overlap,
    /// and documents each register's access.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class RegisterMapAttribute : Attribute
    {
        /// <summary>Where the map is specified, copied into the generated documentation.</summary>
        public string? Specification { get; set; }
    }
}
