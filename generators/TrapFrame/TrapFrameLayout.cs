using System.Collections.Generic;
using System.Linq;
using Rivet.Generators.Common;

namespace Rivet.Generators.TrapFrame
{
    /// <summary>Offsets of a trap frame's slots for one XLEN.</summary>
    internal static class TrapFrameLayout
    {
        /// <summary>RISC-V psABI: the stack pointer is 16-byte aligned, so a frame on a stack keeps it aligned.</summary>
        public const int FrameAlignment = 16;

        public sealed record PlacedSlot(string Name, int Offset, string Type);

        public static (IReadOnlyList<PlacedSlot> Slots, int Size, IReadOnlyList<string> Errors) Place(TrapFrameDeclaration frame, int xlen)
        {
            var slots = new List<PlacedSlot>();
            var errors = new List<string>();
            var offset = 0;
            var hasDoubleRegisters = xlen == 64;
            foreach (var slot in frame.Slots)
            {
                if (slot.IsFloat && !hasDoubleRegisters)
                    continue;
                if (!Identifiers.IsValid(slot.Name) || slot.Name == "Size")
                    errors.Add($"{frame.TypeName}: '{slot.Name}' cannot name a slot");
                else if (slots.Any(s => s.Name == slot.Name))
                    errors.Add($"{frame.TypeName}: slot {slot.Name} is declared twice");
                var size = slot.IsFloat ? 8 : xlen / 8;
                offset = AlignUp(offset, size);
                slots.Add(new PlacedSlot(slot.Name, offset, slot.IsFloat ? "ulong" : "nuint"));
                offset += size;
            }

            return (slots, AlignUp(offset, FrameAlignment), errors);
        }

        private static int AlignUp(int value, int alignment) => (value + alignment - 1) / alignment * alignment;
    }
}
