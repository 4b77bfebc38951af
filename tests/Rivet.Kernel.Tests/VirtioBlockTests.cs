using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Rivet.Kernel.Tests
{
    /// <summary>
    /// The virtio-blk driver through its in-kernel test (kernel/Drivers/Virtio/SelfTest, boot
    /// argument rivet.test=virtio-blk) on both architectures and both virtio-mmio register layouts,
    /// with 4 harts: disk 0 read-write with prepared sectors, disk 1 read-only. The kernel checks
    /// what it reads; this test checks every result line it logs and then the image files
    /// themselves, so data the kernel wrote is known to have reached the disk, and nothing else changed.
    /// </summary>
    public class VirtioBlockTests
    {
        // The layout of kernel/Drivers/Virtio/SelfTest/BlockDeviceSelfTest.cs.
        private const int SectorBytes = 512;
        private const int PreparedSectors = 64;
        private const int WrittenSector = 2048, WrittenSectors = 48 * 8;
        private const int ReadOnlyDiskShift = 100;
        /// <summary>An odd size, so the last sector is not on any power-of-two boundary.</summary>
        private const int DiskSectors = 4096 + 7, ReadOnlyDiskSectors = 256;

        private static byte Prepared(long sector, int index) => (byte)(sector * 7 + index * 13 + (index >> 8));

        private static byte Written(long sector, int index) => (byte)(0xA5 ^ (sector * 11) ^ index * 3);

        [Theory]
        [InlineData("rv64", false)]
        [InlineData("rv64", true)]
        [InlineData("rv32", false)]
        [InlineData("rv32", true)]
        public void DisksAreReadAndWrittenThroughTheInterruptDrivenDriver(string arch, bool modern)
        {
            string directory = Directory.CreateTempSubdirectory("rivet-virtio-blk-").FullName;
            try
            {
                string writable = Path.Combine(directory, "disk0.img"), readOnly = Path.Combine(directory, "disk1.img");
                byte[] original = MakeImage(DiskSectors, 0);
                byte[] readOnlyOriginal = MakeImage(ReadOnlyDiskSectors, ReadOnlyDiskShift);
                File.WriteAllBytes(writable, original);
                File.WriteAllBytes(readOnly, readOnlyOriginal);

                using (var machine = new QemuMachine(arch, 4, 256, "rivet.test=virtio-blk",
                    disks: new[] { new VirtualDisk(writable, false), new VirtualDisk(readOnly, true) }, modernVirtio: modern))
                {
                    int status = machine.WaitForExit();
                    string console = machine.Console;
                    Assert.True(status == 0, $"exit status {status}. Console:\n{console}");
                    int version = modern ? 2 : 1;
                    Assert.Contains($"virtio-blk disk 0 at 0x10008000: {DiskSectors} sectors ({DiskSectors / 2} KiB), read-write, virtio-mmio version {version}, 32 requests in flight", console);
                    Assert.Contains($"virtio-blk disk 1 at 0x10007000: {ReadOnlyDiskSectors} sectors ({ReadOnlyDiskSectors / 2} KiB), read-only, virtio-mmio version {version}, 32 requests in flight", console);
                    Assert.Contains("virtio-blk: read the prepared sectors in one call: ok (64 sectors)", console);
                    Assert.Contains("virtio-blk: read a sector straddling a page boundary: ok", console);
                    Assert.Contains("virtio-blk: concurrent writes read back: ok (48 writes of 4 KiB)", console);
                    Assert.Contains($"virtio-blk: wrote and read back the last sector: ok (sector {DiskSectors - 1})", console);
                    Assert.Contains("virtio-blk: refused a read past the end of the disk: virtio-blk: the request runs past the end of the disk", console);
                    Assert.Contains("virtio-blk: refused a read of a partial sector: virtio-blk: the byte count must be a positive multiple of 512", console);
                    Assert.Contains("virtio-blk: refused a write from past the buffer's end: virtio-blk: offset and count lie outside the buffer", console);
                    Assert.Contains("virtio-blk: read-only disk: read the prepared sectors: ok (64 sectors)", console);
                    Assert.Contains("virtio-blk: refused read-only disk: a write: virtio-blk: the device is read-only", console);
                    Assert.Contains("virtio-blk: all checks passed", console);
                }

                byte[] image = File.ReadAllBytes(writable);
                Assert.Equal(original.Length, image.Length);
                for (long sector = 0; sector < DiskSectors; sector++)
                {
                    bool written = sector >= WrittenSector && sector < WrittenSector + WrittenSectors || sector == DiskSectors - 1;
                    for (int i = 0; i < SectorBytes; i++)
                    {
                        byte expected = written ? Written(sector, i) : original[sector * SectorBytes + i];
                        if (image[sector * SectorBytes + i] != expected)
                            Assert.Fail($"disk 0, sector {sector}, byte {i}: 0x{image[sector * SectorBytes + i]:x2}, expected 0x{expected:x2} ({(written ? "written by the kernel" : "untouched")})");
                    }
                }
                Assert.Equal(readOnlyOriginal, File.ReadAllBytes(readOnly));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Theory]
        [InlineData("rv64")]
        [InlineData("rv32")]
        public void WithoutADiskTheBlockSuiteStopsWithItsReason(string arch)
        {
            using var machine = new QemuMachine(arch, 1, 128, "rivet.test=virtio-blk");
            Assert.Equal(100, machine.WaitForExit());
            Assert.Matches(new Regex(@"KERNEL PANIC: virtio-blk self-test: no virtio-blk disk was found"), machine.Console);
            Assert.DoesNotContain("virtio-blk disk 0", machine.Console);
        }

        /// <summary>A zeroed image whose first sectors hold the prepared pattern, shifted by <paramref name="shift"/> sectors.</summary>
        private static byte[] MakeImage(int sectors, int shift)
        {
            var image = new byte[sectors * SectorBytes];
            for (int sector = 0; sector < PreparedSectors; sector++)
                for (int i = 0; i < SectorBytes; i++) image[sector * SectorBytes + i] = Prepared(sector + shift, i);
            return image;
        }
    }
}
