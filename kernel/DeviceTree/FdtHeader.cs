using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// The fixed header at the start of a device tree blob (DT spec 5.2), with the checks that
    /// make every block offset safe to use: magic, version, totalsize within the blob, alignment,
    /// bounds, and no two blocks overlapping.
    /// </summary>
    public readonly struct FdtHeader
    {
        public const uint Magic = 0xd00dfeed;
        public const int Size = 40;
        /// <summary>The structure-block format this reader understands (DT spec 5.2: version 17, compatible back to 16).</summary>
        public const uint SupportedVersion = 17;

        public readonly uint TotalSize;
        public readonly uint StructOffset;
        public readonly uint StringsOffset;
        public readonly uint ReservationMapOffset;
        public readonly uint Version;
        public readonly uint LastCompatibleVersion;
        public readonly uint BootCpuId;
        public readonly uint StringsSize;
        public readonly uint StructSize;
        /// <summary>End of the memory reservation map, its terminating entry included.</summary>
        public readonly uint ReservationMapEnd;

        private FdtHeader(ReadOnlySpan<byte> blob, uint reservationMapEnd)
        {
            TotalSize = BigEndian.ReadUInt32(blob, 4);
            StructOffset = BigEndian.ReadUInt32(blob, 8);
            StringsOffset = BigEndian.ReadUInt32(blob, 12);
            ReservationMapOffset = BigEndian.ReadUInt32(blob, 16);
            Version = BigEndian.ReadUInt32(blob, 20);
            LastCompatibleVersion = BigEndian.ReadUInt32(blob, 24);
            BootCpuId = BigEndian.ReadUInt32(blob, 28);
            StringsSize = BigEndian.ReadUInt32(blob, 32);
            StructSize = BigEndian.ReadUInt32(blob, 36);
            ReservationMapEnd = reservationMapEnd;
        }

        /// <summary>The totalsize field alone, for callers that must learn how many bytes to map before validating.</summary>
        public static uint ReadTotalSize(ReadOnlySpan<byte> firstBytes) => BigEndian.ReadUInt32(firstBytes, 4);

        public static FdtError TryRead(ReadOnlySpan<byte> blob, out FdtHeader header)
        {
            header = default;
            if (blob.Length < Size) return FdtError.BlobTooSmall;
            if (BigEndian.ReadUInt32(blob, 0) != Magic) return FdtError.BadMagic;

            var raw = new FdtHeader(blob, 0);
            if (raw.TotalSize < Size) return FdtError.BlobTooSmall;
            if (raw.TotalSize > FlattenedDeviceTree.MaxSize) return FdtError.TooLarge;
            if (raw.TotalSize > (uint)blob.Length) return FdtError.TotalSizeExceedsBlob;
            if (raw.Version < 16 || raw.LastCompatibleVersion > SupportedVersion) return FdtError.UnsupportedVersion;
            if ((raw.ReservationMapOffset & 7) != 0 || (raw.StructOffset & 3) != 0) return FdtError.MisalignedBlock;
            if (!Fits(raw.StructOffset, raw.StructSize, raw.TotalSize) || !Fits(raw.StringsOffset, raw.StringsSize, raw.TotalSize)
                || !Fits(raw.ReservationMapOffset, 16, raw.TotalSize))
                return FdtError.BlockOutOfBounds;

            uint mapEnd = FindReservationMapEnd(blob, raw.ReservationMapOffset, raw.TotalSize);
            if (mapEnd == 0) return FdtError.UnterminatedReservationMap;

            // Header, reservation map, structure and strings blocks must be pairwise disjoint (DT spec 5.1).
            if (Overlap(0, Size, raw.ReservationMapOffset, mapEnd)
                || Overlap(0, Size, raw.StructOffset, (ulong)raw.StructOffset + raw.StructSize)
                || Overlap(0, Size, raw.StringsOffset, (ulong)raw.StringsOffset + raw.StringsSize)
                || Overlap(raw.ReservationMapOffset, mapEnd, raw.StructOffset, (ulong)raw.StructOffset + raw.StructSize)
                || Overlap(raw.ReservationMapOffset, mapEnd, raw.StringsOffset, (ulong)raw.StringsOffset + raw.StringsSize)
                || Overlap(raw.StructOffset, (ulong)raw.StructOffset + raw.StructSize, raw.StringsOffset, (ulong)raw.StringsOffset + raw.StringsSize))
                return FdtError.OverlappingBlocks;

            header = new FdtHeader(blob, mapEnd);
            return FdtError.None;
        }

        private static bool Fits(uint offset, uint size, uint totalSize) => (ulong)offset + size <= totalSize;

        /// <summary>Empty ranges overlap nothing; otherwise half-open ranges [a0,a1) and [b0,b1).</summary>
        private static bool Overlap(ulong a0, ulong a1, ulong b0, ulong b1) => a0 < a1 && b0 < b1 && a0 < b1 && b0 < a1;

        /// <summary>The offset just past the all-zero entry ending the reservation map (DT spec 5.3.2), or 0 if there is none.</summary>
        private static uint FindReservationMapEnd(ReadOnlySpan<byte> blob, uint offset, uint totalSize)
        {
            for (ulong entry = offset; entry + 16 <= totalSize; entry += 16)
            {
                if (BigEndian.ReadUInt64(blob, (int)entry) == 0 && BigEndian.ReadUInt64(blob, (int)entry + 8) == 0)
                    return (uint)(entry + 16);
            }
            return 0;
        }
    }
}
