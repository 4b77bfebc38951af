using System;

namespace Rivet
{
    /// <summary>
    /// One field of a CSR declared with <see cref="CsrAttribute"/>: <paramref name="width"/> bits
    /// starting at <paramref name="lowBit"/>. A negative <paramref name="lowBit"/> counts from the
    /// top (-1 is bit XLEN-1); a width of <see cref="ToTop"/> extends the field to bit XLEN-1.
    /// A one-bit field without <see cref="Type"/> is a <c>bool</c> and also gets static
    /// <c>Set…</c>/<c>Clear…</c> methods; a wider one is a <c>nuint</c> unless <see cref="Type"/> names an enum.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class CsrFieldAttribute : Attribute
    {
        /// <summary>Width meaning "up to and including bit XLEN-1".</summary>
        public const int ToTop = 0;

        public CsrFieldAttribute(string name, int lowBit, int width = 1)
        {
            Name = name;
            LowBit = lowBit;
            Width = width;
        }

        public string Name { get; }
        public int LowBit { get; }
        public int Width { get; }

        /// <summary>The enum the field's value is read as, or null.</summary>
        public Type? Type { get; set; }

        /// <summary>32 or 64 to declare the field for that XLEN only; 0 for both.</summary>
        public int Xlen { get; set; }

        /// <summary>True for a field software cannot write (e.g. xstatus.SD): no With…/Set…/Clear….</summary>
        public bool ReadOnly { get; set; }
    }
}
