using Rivet.Kernel.Async;
using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Drivers.Virtio
{
    /// <summary>
    /// Measurements for <c>build.ps1 bench disk</c> (boot argument <c>rivet.bench=virtio-blk</c>) on
    /// disk 0, whose contents it overwrites (the run command's scratch disk), printed as
    /// <c>bench: &lt;name&gt;: &lt;value&gt; &lt;unit&gt;</c> with time from the time CSR:
    /// disk-read-sequential, disk-write-sequential — 8 MiB in 64 KiB calls from one kernel task;
    /// disk-read-latency — one sector, submit to result, averaged over many reads;
    /// disk-read-parallel — 4 KiB reads, 32 in flight from futures on every hart.
    /// Emulated time includes QEMU's own work on the host file, so these compare changes to the
    /// driver and the kernel, not disks.
    /// </summary>
    internal static class BlockBenchmark
    {
        private const int SequentialBytes = 8 << 20;
        private const int CallBytes = 64 << 10;
        private const int LatencyReads = 2000;
        private const int ParallelReaders = 32;
        private const int ReadsPerReader = 64;
        private const int ReadBytes = 4096;

        public static void Run(nuint argument)
        {
            if (Devices.DiskCount == 0) KernelPanic.Halt("disk benchmark: no virtio-blk disk");
            VirtioBlockDevice disk = Devices.Disks[0];
            if ((ulong)SequentialBytes / VirtioBlockDevice.SectorBytes > disk.Capacity) KernelPanic.Halt("disk benchmark: disk 0 is smaller than 8 MiB");
            var buffer = new byte[CallBytes];
            SuiteReport.Measured("disk-write-sequential", KibPerSecond(Sequential(disk, buffer, write: true)), "KiB/s");
            SuiteReport.Measured("disk-read-sequential", KibPerSecond(Sequential(disk, buffer, write: false)), "KiB/s");

            ulong start = Clock.Now;
            for (int i = 0; i < LatencyReads; i++) disk.ReadAsync((ulong)(i * 8), buffer, 0, VirtioBlockDevice.SectorBytes).Wait();
            SuiteReport.Measured("disk-read-latency", Clock.ToNanoseconds(Clock.Now - start) / LatencyReads, "ns");

            var readers = new Future[ParallelReaders];
            start = Clock.Now;
            for (int i = 0; i < ParallelReaders; i++) readers[i] = ReadMany(disk, i);
            Future.WhenAll(readers).Wait();
            ulong elapsed = Clock.Now - start;
            SuiteReport.Measured("disk-read-parallel", (ulong)(ParallelReaders * ReadsPerReader) * Clock.Frequency / elapsed, "reads/s");
        }

        /// <summary>The whole sequential range in <see cref="CallBytes"/> calls; returns the elapsed time.</summary>
        private static ulong Sequential(VirtioBlockDevice disk, byte[] buffer, bool write)
        {
            ulong start = Clock.Now;
            for (int offset = 0; offset < SequentialBytes; offset += CallBytes)
            {
                ulong sector = (ulong)(offset / VirtioBlockDevice.SectorBytes);
                if (write) disk.WriteAsync(sector, buffer, 0, CallBytes).Wait();
                else disk.ReadAsync(sector, buffer, 0, CallBytes).Wait();
            }
            return Clock.Now - start;
        }

        private static async Future ReadMany(VirtioBlockDevice disk, int reader)
        {
            await Future.Yield();
            var buffer = new byte[ReadBytes];
            for (int i = 0; i < ReadsPerReader; i++)
            {
                // Spread over the sequential range, each reader on its own pages.
                ulong sector = (ulong)(((reader * ReadsPerReader + i) * 37 % (SequentialBytes / ReadBytes)) * (ReadBytes / VirtioBlockDevice.SectorBytes));
                await disk.ReadAsync(sector, buffer, 0, ReadBytes);
            }
        }

        private static ulong KibPerSecond(ulong ticks) => (ulong)SequentialBytes / 1024 * Clock.Frequency / ticks;
    }
}
