using System;
using System.Collections.Generic;
using System.Text;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>
    /// Writes device tree blobs token by token (Devicetree Specification v0.4, chapter 5), including
    /// malformed ones: nothing here checks that the tokens make sense.
    /// </summary>
    internal sealed class FdtBuilder
    {
        private readonly List<byte> _structure = new();
        private readonly List<byte> _strings = new();
        private readonly Dictionary<string, int> _stringOffsets = new();
        private readonly List<(ulong Address, ulong Size)> _reservations = new();

        public uint BootCpuId { get; set; }

        public FdtBuilder BeginNode(string name)
        {
            Token(1);
            _structure.AddRange(Encoding.ASCII.GetBytes(name));
            _structure.Add(0);
            Pad();
            return this;
        }

        public FdtBuilder EndNode() => Token(2);
        public FdtBuilder Nop() => Token(4);
        public FdtBuilder End() => Token(9);

        public FdtBuilder Token(uint token)
        {
            AddBigEndian(_structure, token);
            return this;
        }

        public FdtBuilder Property(string name, byte[] value)
        {
            Token(3);
            AddBigEndian(_structure, (uint)value.Length);
            AddBigEndian(_structure, (uint)StringOffset(name));
            _structure.AddRange(value);
            Pad();
            return this;
        }

        public FdtBuilder Cells(string name, params uint[] cells)
        {
            var value = new List<byte>();
            foreach (uint cell in cells) AddBigEndian(value, cell);
            return Property(name, value.ToArray());
        }

        public FdtBuilder Strings(string name, params string[] strings)
        {
            var value = new List<byte>();
            foreach (string s in strings)
            {
                value.AddRange(Encoding.ASCII.GetBytes(s));
                value.Add(0);
            }
            return Property(name, value.ToArray());
        }

        public FdtBuilder Reserve(ulong address, ulong size)
        {
            _reservations.Add((address, size));
            return this;
        }

        /// <summary>Header, reservation map (8-aligned), structure block, strings block, in that order.</summary>
        public byte[] Build()
        {
            var blob = new List<byte>(new byte[40]);
            int reservationOffset = blob.Count;
            foreach (var (address, size) in _reservations)
            {
                AddBigEndian(blob, (uint)(address >> 32)); AddBigEndian(blob, (uint)address);
                AddBigEndian(blob, (uint)(size >> 32)); AddBigEndian(blob, (uint)size);
            }
            blob.AddRange(new byte[16]);
            int structOffset = blob.Count;
            blob.AddRange(_structure);
            int stringsOffset = blob.Count;
            blob.AddRange(_strings);
            byte[] result = blob.ToArray();
            uint[] header = { 0xd00dfeed, (uint)result.Length, (uint)structOffset, (uint)stringsOffset, (uint)reservationOffset, 17, 16, BootCpuId, (uint)_strings.Count, (uint)_structure.Count };
            for (int i = 0; i < header.Length; i++) WriteBigEndian(result, i * 4, header[i]);
            return result;
        }

        public static void WriteBigEndian(byte[] target, int offset, uint value)
        {
            target[offset] = (byte)(value >> 24);
            target[offset + 1] = (byte)(value >> 16);
            target[offset + 2] = (byte)(value >> 8);
            target[offset + 3] = (byte)value;
        }

        public static uint ReadBigEndian(byte[] source, int offset) =>
            (uint)source[offset] << 24 | (uint)source[offset + 1] << 16 | (uint)source[offset + 2] << 8 | source[offset + 3];

        private int StringOffset(string name)
        {
            if (_stringOffsets.TryGetValue(name, out int offset)) return offset;
            offset = _strings.Count;
            _strings.AddRange(Encoding.ASCII.GetBytes(name));
            _strings.Add(0);
            _stringOffsets[name] = offset;
            return offset;
        }

        private void Pad()
        {
            while (_structure.Count % 4 != 0) _structure.Add(0);
        }

        private static void AddBigEndian(List<byte> target, uint value)
        {
            target.Add((byte)(value >> 24));
            target.Add((byte)(value >> 16));
            target.Add((byte)(value >> 8));
            target.Add((byte)value);
        }
    }
}
