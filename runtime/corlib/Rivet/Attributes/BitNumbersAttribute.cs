using System;

namespace Rivet
{
    /// <summary>
    /// Marks an enum whose values are bit numbers, as specifications list feature and status bits
    /// (virtio 1.2 sections 2.1, 6). The generator writes the matching <c>[Flags]</c> enum named
    /// <paramref name="flagsName"/> with underlying type <paramref name="flagsType"/>, each member
    /// <c>1 &lt;&lt; bit</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public sealed class BitNumbersAttribute : Attribute
    {
        public BitNumbersAttribute(string flagsName, Type flagsType)
        {
            FlagsName = flagsName;
            FlagsType = flagsType;
        }

        public string FlagsName { get; }
        public Type FlagsType { get; }
    }
}
