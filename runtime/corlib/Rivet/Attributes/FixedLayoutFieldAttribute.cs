using System;

namespace Rivet
{
    /// <summary>
    /// One field of a <see cref="FixedLayoutAttribute"/> struct. <paramref name="type"/> is a
    /// primitive integer, an enum, or another fixed-layout struct. At most one field is a
    /// <see cref="FlexibleArray"/> (C's <c>T name[]</c>); fields after it are addressed relative to
    /// the array's element count.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class FixedLayoutFieldAttribute : Attribute
    {
        public FixedLayoutFieldAttribute(string name, Type type)
        {
            Name = name;
            Type = type;
        }

        public string Name { get; }
        public Type Type { get; }

        /// <summary>True for a trailing array whose length is known only at run time.</summary>
        public bool FlexibleArray { get; set; }

        /// <summary>
        /// More than 1 for a fixed array (C's <c>T name[Count]</c>, e.g. reserved bytes): it takes
        /// its place in the layout and gets an offset constant, but no C# field.
        /// </summary>
        public int Count { get; set; } = 1;
    }
}
