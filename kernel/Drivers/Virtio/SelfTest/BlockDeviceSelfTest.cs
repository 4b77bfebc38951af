using System;
using System.IO;
using Rivet.Kernel.Async;
using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Drivers.Virtio.SelfTest
{
    /// <summary>
    /// The virtio-blk driver's in-kernel test (boot argument <c>rivet.test=virtio-blk</c>, run as a
    /// kernel task). tests/Rivet.Kernel.Tests/VirtioBlockTests.cs attaches disk 0, read-write, whose
    /// first <see cref="PreparedSectors"/> sectors hold <see cref="Prepared"/>, and optionally disk 1,
    /// read-only, holding <see cref="Prepared"/> shifted by <see cref="ReadOnlyDiskShift"/>. The
    /// test reads the prepared data back through buffers whose sectors straddle pages, writes
    /// <see cref="Written"/> concurrently with more requests than the queue holds, reads it back,
    /// and checks the refusals; the host then finds the written sectors in the image file. A
    /// failed check panics with its reason; results are log lines "virtio-blk: …".
    /// </summary>
    internal static class BlockDeviceSelfTest
    {
        public const int PreparedSectors = 64;
        /// <summary>Where the concurrent writes start, and how many 4 KiB writes there are (more than a device's slots).</summary>
        public const ulong WrittenSector = 2048;
        public const int ConcurrentWrites = 48;
        public const ulong ReadOnlyDiskShift = 100;
        private const int SectorBytes = VirtioBlockDevice.SectorBytes;
        private const int WriteBytes = 4096;

        /// <summary>The byte the host prepared at <paramref name="index"/> of <paramref name="sector"/>.</summary>
        public static byte Prepared(ulong sector, int index) => (byte)(sector * 7 + (ulong)index * 13 + (ulong)(index >> 8));

        /// <summary>The byte this test writes at <paramref name="index"/> of <paramref name="sector"/>.</summary>
        public static byte Written(ulong sector, int index) => (byte)(0xA5 ^ (sector * 11) ^ (ulong)index * 3);

        public static void Run(nuint argument)
        {
            Check(Devices.DiskCount > 0, "no virtio-blk disk was found");
            VirtioBlockDevice disk = Devices.Disks[0];
            Check(!disk.IsReadOnly, "disk 0 is read-only");
            ReadPreparedSectors(disk, 0);
            ReadOneSectorAcrossAPageBoundary(disk);
            WriteConcurrentlyAndReadBack(disk);
            WriteAndReadTheLastSector(disk);
            CheckRefusals(disk);
            if (Devices.DiskCount > 1) CheckReadOnlyDisk(Devices.Disks[1]);
            KernelLog.Info("virtio-blk: all checks passed");
        }

        /// <summary>All prepared sectors in one request-splitting read, into a buffer at an odd offset so requests straddle pages.</summary>
        private static void ReadPreparedSectors(VirtioBlockDevice disk, ulong shift)
        {
            const int Offset = 100;
            var buffer = new byte[Offset + PreparedSectors * SectorBytes];
            disk.ReadAsync(0, buffer, Offset, PreparedSectors * SectorBytes).Wait();
            for (int sector = 0; sector < PreparedSectors; sector++)
                ExpectSector(buffer, Offset + sector * SectorBytes, (ulong)sector + shift, prepared: true, "a prepared sector read back wrong");
            Passed(shift == 0 ? "read the prepared sectors in one call" : "read-only disk: read the prepared sectors", "", PreparedSectors, " sectors");
        }

        /// <summary>A single sector whose bytes lie on two pages of the buffer: two data segments in one request.</summary>
        private static unsafe void ReadOneSectorAcrossAPageBoundary(VirtioBlockDevice disk)
        {
            var buffer = new byte[3 * 4096];
            int offset;
            fixed (byte* start = buffer)
            {
                // 200 bytes before the first page boundary inside the buffer.
                int toBoundary = 4096 - (int)((nuint)start & 4095);
                offset = toBoundary - 200;
                if (offset < 0) offset += 4096;
            }
            disk.ReadAsync(5, buffer, offset, SectorBytes).Wait();
            ExpectSector(buffer, offset, 5, prepared: true, "a sector straddling a page boundary read back wrong");
            Passed("read a sector straddling a page boundary", "", -1, "");
        }

        /// <summary>More 4 KiB writes at once than the device has slots, from futures on every hart; then each is read back.</summary>
        private static void WriteConcurrentlyAndReadBack(VirtioBlockDevice disk)
        {
            var writes = new Future[ConcurrentWrites];
            for (int i = 0; i < ConcurrentWrites; i++)
            {
                ulong sector = WrittenSector + (ulong)(i * WriteBytes / SectorBytes);
                var data = new byte[WriteBytes];
                for (int s = 0; s < WriteBytes / SectorBytes; s++)
                    for (int j = 0; j < SectorBytes; j++) data[s * SectorBytes + j] = Written(sector + (ulong)s, j);
                writes[i] = WriteOnWorker(disk, sector, data);
            }
            Future.WhenAll(writes).Wait();
            var readBack = new byte[ConcurrentWrites * WriteBytes];
            disk.ReadAsync(WrittenSector, readBack, 0, readBack.Length).Wait();
            for (int sector = 0; sector < readBack.Length / SectorBytes; sector++)
                ExpectSector(readBack, sector * SectorBytes, WrittenSector + (ulong)sector, prepared: false, "a concurrently written sector read back wrong");
            Passed("concurrent writes read back", "", ConcurrentWrites, " writes of 4 KiB");
        }

        /// <summary>Starts the write from an executor job, so the writes are submitted from whichever harts the workers run on.</summary>
        private static async Future WriteOnWorker(VirtioBlockDevice disk, ulong sector, byte[] data)
        {
            await Future.Yield();
            await disk.WriteAsync(sector, data, 0, data.Length);
        }

        private static void WriteAndReadTheLastSector(VirtioBlockDevice disk)
        {
            ulong last = disk.Capacity - 1;
            var data = new byte[SectorBytes];
            for (int j = 0; j < SectorBytes; j++) data[j] = Written(last, j);
            disk.WriteAsync(last, data, 0, SectorBytes).Wait();
            var readBack = new byte[SectorBytes];
            disk.ReadAsync(last, readBack, 0, SectorBytes).Wait();
            ExpectSector(readBack, 0, last, prepared: false, "the last sector read back wrong");
            Passed("wrote and read back the last sector", "sector ", (long)last, "");
        }

        /// <summary>Requests the driver must refuse before they reach the device, each with an exception naming the problem.</summary>
        private static void CheckRefusals(VirtioBlockDevice disk)
        {
            var buffer = new byte[2 * SectorBytes];
            ExpectRefusal(disk.ReadAsync(disk.Capacity - 1, buffer, 0, 2 * SectorBytes), "a read past the end of the disk");
            ExpectRefusal(disk.ReadAsync(0, buffer, 0, 100), "a read of a partial sector");
            ExpectRefusal(disk.WriteAsync(0, buffer, SectorBytes, 2 * SectorBytes), "a write from past the buffer's end");
        }

        private static void CheckReadOnlyDisk(VirtioBlockDevice disk)
        {
            Check(disk.IsReadOnly, "disk 1 is not read-only");
            ReadPreparedSectors(disk, ReadOnlyDiskShift);
            ExpectRefusal(disk.WriteAsync(0, new byte[SectorBytes], 0, SectorBytes), "read-only disk: a write");
        }

        private static void ExpectRefusal(Future request, string what)
        {
            string message;
            try
            {
                request.Wait();
                message = "";
            }
            catch (ArgumentException refusal)
            {
                message = refusal.Message;
            }
            catch (IOException refusal)
            {
                message = refusal.Message;
            }
            Check(message.Length > 0, what);
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("virtio-blk: refused "u8);
            line.Append(what);
            line.Append(": "u8);
            line.Append(message);
            KernelLog.Emit(ref line);
        }

        private static void ExpectSector(byte[] buffer, int at, ulong sector, bool prepared, string failure)
        {
            for (int j = 0; j < SectorBytes; j++)
            {
                byte expected = prepared ? Prepared(sector, j) : Written(sector, j);
                if (buffer[at + j] != expected) KernelPanic.Halt("virtio-blk self-test: ", failure, "");
            }
        }

        private static void Check(bool condition, string failure)
        {
            if (!condition) KernelPanic.Halt("virtio-blk self-test: ", failure, "");
        }

        private static void Passed(string check, string before, long value, string after) => SuiteReport.Passed("virtio-blk", check, before, value, after);
    }
}
