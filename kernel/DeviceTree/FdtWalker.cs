using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// Steps through a structure block token by token (DT spec 5.4), checking each token against
    /// the block and strings bounds as it goes. NOP tokens are skipped. After <see cref="Next"/>
    /// returns <see cref="FdtError.None"/>, <see cref="Token"/> says what was read; for a node,
    /// <see cref="Name"/> is its unit name; for a property, <see cref="Name"/> is its name and
    /// <see cref="ValueOffset"/>/<see cref="ValueLength"/> locate its value in the structure block.
    /// </summary>
    public ref struct FdtWalker
    {
        private readonly ReadOnlySpan<byte> _structure;
        private readonly ReadOnlySpan<byte> _strings;
        private int _offset;

        public FdtWalker(ReadOnlySpan<byte> structure, ReadOnlySpan<byte> strings)
        {
            _structure = structure;
            _strings = strings;
            _offset = 0;
            Token = FdtToken.Nop;
            Depth = 0;
            Name = default;
            ValueOffset = 0;
            ValueLength = 0;
        }

        public FdtToken Token { get; private set; }
        /// <summary>Nesting depth after the token: 1 inside the root node, 0 once it has closed.</summary>
        public int Depth { get; private set; }
        public ReadOnlySpan<byte> Name { get; private set; }
        public int ValueOffset { get; private set; }
        public int ValueLength { get; private set; }
        public ReadOnlySpan<byte> Value => _structure.Slice(ValueOffset, ValueLength);

        public FdtError Next()
        {
            while (true)
            {
                if (_offset + 4 > _structure.Length) return FdtError.MissingEndToken;
                uint token = BigEndian.ReadUInt32(_structure, _offset);
                _offset += 4;
                switch ((FdtToken)token)
                {
                    case FdtToken.Nop:
                        continue;
                    case FdtToken.BeginNode:
                        return ReadBeginNode();
                    case FdtToken.EndNode:
                        if (Depth == 0) return FdtError.UnbalancedNodes;
                        Depth--;
                        Token = FdtToken.EndNode;
                        Name = default;
                        return FdtError.None;
                    case FdtToken.Property:
                        return ReadProperty();
                    case FdtToken.End:
                        if (Depth != 0) return FdtError.UnbalancedNodes;
                        Token = FdtToken.End;
                        return FdtError.None;
                    default:
                        return FdtError.BadToken;
                }
            }
        }

        private FdtError ReadBeginNode()
        {
            int nameEnd = IndexOfNul(_structure, _offset);
            if (nameEnd < 0) return FdtError.UnterminatedName;
            Name = _structure.Slice(_offset, nameEnd - _offset);
            _offset = AlignUp4(nameEnd + 1);
            Depth++;
            Token = FdtToken.BeginNode;
            return FdtError.None;
        }

        private FdtError ReadProperty()
        {
            // struct { uint32 len; uint32 nameoff; } then len bytes, padded to 4 (DT spec 5.4.1 FDT_PROP).
            if (Depth == 0) return FdtError.PropertyOutsideNode;
            if (_offset + 8 > _structure.Length) return FdtError.PropertyOutOfBounds;
            uint length = BigEndian.ReadUInt32(_structure, _offset);
            uint nameOffset = BigEndian.ReadUInt32(_structure, _offset + 4);
            _offset += 8;
            if (length > (uint)(_structure.Length - _offset)) return FdtError.PropertyOutOfBounds;
            if (nameOffset >= (uint)_strings.Length) return FdtError.BadStringOffset;
            int nameEnd = IndexOfNul(_strings, (int)nameOffset);
            if (nameEnd < 0) return FdtError.UnterminatedName;
            Name = _strings.Slice((int)nameOffset, nameEnd - (int)nameOffset);
            ValueOffset = _offset;
            ValueLength = (int)length;
            _offset = AlignUp4(_offset + (int)length);
            Token = FdtToken.Property;
            return FdtError.None;
        }

        /// <summary>Offset of the structure block just after the last token read.</summary>
        public int Offset => _offset;

        private static int AlignUp4(int value) => (value + 3) & ~3;

        private static int IndexOfNul(ReadOnlySpan<byte> bytes, int start)
        {
            for (int i = start; i < bytes.Length; i++)
            {
                if (bytes[i] == 0) return i;
            }
            return -1;
        }
    }
}
