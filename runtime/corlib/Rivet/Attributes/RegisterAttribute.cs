using System;

namespace Rivet
{
    /// <summary>Access a device register allows.</summary>
    public enum RegisterAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = Read | Write,
    }

    /// <summary>One register of a <see cref="RegisterMapAttribute"/> class: byte offset and width.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class RegisterAttribute : Attribute
    {
        public RegisterAttribute(string name, int offset, RegisterAccess access)
        {
            Name = name;
            Offset = offset;
            Access = access;
        }

        public string Name { get; }
        public int Offset { get; }
        public RegisterAccess Access { get; }

        /// <summary>Width in bytes; 4 unless told.</summary>
        public int Width { get; set; } = 4;
    }
}
