using System;
using System.Collections.Generic;
using Rivet.Kernel.Memory;

namespace Rivet.Kernel.UnitTests
{
    /// <summary>Page-table memory made of 4 KiB frames in a dictionary, handed out from a fixed address upwards up to a limit.</summary>
    internal sealed class FakePhysicalMemory : IPageTableMemory
    {
        private readonly Dictionary<ulong, byte[]> _frames = new();
        private ulong _next;
        private readonly int _limit;

        public FakePhysicalMemory(ulong firstFrame, int frameLimit = int.MaxValue)
        {
            _next = firstFrame;
            _limit = frameLimit;
        }

        public int FramesAllocated => _frames.Count;

        public bool TryAllocateZeroedFrame(out ulong physicalAddress)
        {
            physicalAddress = 0;
            if (_frames.Count == _limit) return false;
            physicalAddress = _next;
            _frames[_next] = new byte[4096];
            _next += 4096;
            return true;
        }

        public ulong ReadEntry(ulong physicalAddress, int bytes)
        {
            byte[] frame = Frame(physicalAddress, bytes);
            int offset = (int)(physicalAddress % 4096);
            return bytes == 8 ? BitConverter.ToUInt64(frame, offset) : BitConverter.ToUInt32(frame, offset);
        }

        public void WriteEntry(ulong physicalAddress, int bytes, ulong value)
        {
            byte[] frame = Frame(physicalAddress, bytes);
            int offset = (int)(physicalAddress % 4096);
            if (bytes == 8) BitConverter.TryWriteBytes(frame.AsSpan(offset), value);
            else BitConverter.TryWriteBytes(frame.AsSpan(offset), checked((uint)value));
        }

        /// <summary>All valid entries of the table at <paramref name="table"/>, by index.</summary>
        public SortedDictionary<int, ulong> ValidEntries(ulong table, PagingMode mode)
        {
            var entries = new SortedDictionary<int, ulong>();
            for (int i = 0; i < mode.EntriesPerTable; i++)
            {
                ulong entry = ReadEntry(table + (ulong)(i * mode.EntryBytes), mode.EntryBytes);
                if ((entry & 1) != 0) entries[i] = entry;
            }
            return entries;
        }

        private byte[] Frame(ulong physicalAddress, int bytes)
        {
            if (bytes != 4 && bytes != 8 || physicalAddress % (ulong)bytes != 0)
                throw new InvalidOperationException($"misaligned {bytes}-byte entry access at {physicalAddress:x}");
            if (!_frames.TryGetValue(physicalAddress & ~4095UL, out byte[]? frame))
                throw new InvalidOperationException($"page-table access to {physicalAddress:x}, which is not a page-table frame");
            return frame;
        }
    }
}
