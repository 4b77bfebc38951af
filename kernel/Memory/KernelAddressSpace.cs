using System.Threading;
using Rivet.Arch.RiscV;
using Rivet.Hardware;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Arch.RiscV;

namespace Rivet.Kernel.Memory
{
    /// <summary>
    /// The one kernel address space all harts share: the kernel image W^X (text RX, rodata R,
    /// data and bss RW), the rest of RAM identity-mapped RW (never X), each device the device tree
    /// names mapped RW, and kernel stacks in a window of their own with an unmapped guard page
    /// below each. Sv39 on rv64, Sv32 on rv32 (privileged spec 4.4, 4.3).
    /// </summary>
    internal static class KernelAddressSpace
    {
#if RV32
        private static PagingMode Mode => PagingMode.Sv32;
        /// <summary>Above every virt device and above RAM for up to 1.75 GiB of memory (RAM starts at 0x80000000).</summary>
        private const ulong StackWindow = 0xF000_0000UL;
#else
        private static PagingMode Mode => PagingMode.Sv39;
        /// <summary>The start of Sv39's upper half: no physical address is identity-mapped there.</summary>
        private const ulong StackWindow = 0xFFFF_FFC0_0000_0000UL;
#endif
#if RV32
        /// <summary>One page per hart that the self-test maps and unmaps (after the task window, which ends at 0xFA00_0000).</summary>
        private const ulong ProbeWindow = 0xFC00_0000UL;
#else
        private const ulong ProbeWindow = 0xFFFF_FFC0_8000_0000UL;
#endif

        private static PageTable<IdentityPageMemory> s_table;
        private static SpinLock s_lock;
        private static ulong s_nextStack = StackWindow;
        private static KernelStack[]? s_stacks;
        private static int s_stackCount;

        public const int MaxStacks = 4 * PlatformDescription.MaxHarts;

        public static void Build(ref PlatformDescription platform)
        {
            Check(PageTable<IdentityPageMemory>.TryCreate(default, Mode, out s_table), "page table root");
            ulong text = AssemblyRoutines.ImageTextStart(), rodata = AssemblyRoutines.ImageRodataStart();
            ulong data = AssemblyRoutines.ImageDataStart(), end = PageSize.AlignUp(AssemblyRoutines.ImageEnd());
            Check(s_table.Map(text, text, rodata - text, PageFlags.Read | PageFlags.Execute | PageFlags.Global, true), "kernel text");
            Check(s_table.Map(rodata, rodata, data - rodata, PageFlags.Read | PageFlags.Global, true), "kernel rodata");
            Check(s_table.Map(data, data, end - data, PageFlags.Read | PageFlags.Write | PageFlags.Global, true), "kernel data");
            for (int i = 0; i < platform.MemoryRegionCount; i++)
            {
                MemoryRegion region = platform.Memory(i);
                ulong start = PageSize.AlignUp(region.Base), stop = PageSize.AlignDown(region.End);
                // RAM around the image: below it (if the image does not start RAM) and after it.
                if (start < text && stop > text) MapData(start, text);
                if (start < end && stop > end) MapData(end, stop);
                if (stop <= text || start >= end) MapData(start, stop);
            }
            MapDevice(platform.Uart);
            MapDevice(platform.Plic);
            MapDevice(platform.TestDevice);
            for (int i = 0; i < platform.VirtioCount; i++) MapDevice(platform.Virtio(i));
            s_stacks = new KernelStack[MaxStacks];
        }

        /// <summary>Turns paging on for the calling hart with the shared tables.</summary>
        public static void ActivateOnThisHart()
        {
            Satp.Write(new Satp((nuint)s_table.Satp));
            Cpu.SfenceVma();
        }

        /// <summary>A new stack of <paramref name="pages"/> pages with a guard page below it.</summary>
        public static KernelStack AllocateStack(int pages, string name, int hartIndex)
        {
            ulong frames = PhysicalFrames.AllocateZeroed(pages, 1);
            if (frames == 0) KernelPanic.Halt("out of frames for a kernel stack");
            // Every stack is registered, so that any guard-page hit can be named.
            if (Volatile.Read(ref s_stackCount) == MaxStacks) KernelPanic.Halt("too many kernel stacks");
            MapError error;
            KernelStack stack;
            using (s_lock.Lock())
            {
                ulong bottom = s_nextStack + PageSize.Bytes;
                ulong top = bottom + (ulong)pages * PageSize.Bytes;
                s_nextStack = top;
                error = s_table.Map(bottom, frames, top - bottom, PageFlags.Read | PageFlags.Write | PageFlags.Global, false);
                stack = new KernelStack((nuint)bottom, (nuint)top, name, hartIndex);
                if (error == MapError.None && s_stackCount < MaxStacks) s_stacks![s_stackCount++] = stack;
            }
            Check(error, "kernel stack");
            // A new leaf may replace an invalid entry that a hart cached (privileged spec 4.2.1).
            Cpu.SfenceVma();
            return stack;
        }

        /// <summary>Builds the page tables of a window (the task stacks'), so that mapping in it later never needs a frame.</summary>
        public static void PrepareWindow(ulong start, ulong bytes) => Check(s_table.PrepareTables(start, bytes), "task window's page tables");

        /// <summary>Maps <paramref name="bytes"/> at <paramref name="virtualAddress"/> to the physical run at <paramref name="frames"/> with 4 KiB leaves; the caller flushes TLBs as the change requires.</summary>
        public static void Map(nuint virtualAddress, ulong frames, ulong bytes, PageFlags permissions, string what)
        {
            MapError error;
            using (s_lock.Lock())
            {
                error = s_table.Map(virtualAddress, frames, bytes, permissions, false);
            }
            Check(error, what);
        }

        /// <summary>Unmaps 4 KiB leaves; the caller flushes TLBs (every hart that may have used them, before the frames are reused).</summary>
        public static void Unmap(nuint virtualAddress, ulong bytes, string what)
        {
            MapError error;
            using (s_lock.Lock())
            {
                error = s_table.Unmap(virtualAddress, bytes);
            }
            if (error != MapError.None) KernelPanic.Halt(what, " could not be unmapped: ", MapErrors.Describe(error));
        }

        /// <summary>The page of the probe window that belongs to the hart with this index: nothing else maps it.</summary>
        public static nuint ProbePage(int hartIndex) => (nuint)(ProbeWindow + (ulong)hartIndex * PageSize.Bytes);

        /// <summary>The stack whose guard page holds <paramref name="address"/>, if any: how a page fault becomes "stack overflow".</summary>
        public static bool FindGuard(nuint address, out KernelStack stack)
        {
            for (int i = 0; i < s_stackCount; i++)
            {
                if (s_stacks![i].GuardContains(address))
                {
                    stack = s_stacks[i];
                    return true;
                }
            }
            stack = default;
            return false;
        }

        /// <summary>The physical address behind a kernel virtual address (what a device must be given for DMA); false when nothing is mapped there.</summary>
        public static bool TryTranslate(nuint address, out ulong physical) => s_table.Translate(address, out physical, out _, out _);

        /// <summary>True when a read of <paramref name="address"/> cannot fault (for walking frames in a panic).</summary>
        public static bool IsReadable(nuint address) =>
            s_table.Translate(address, out _, out PageFlags flags, out _) && (flags & PageFlags.Read) != 0;

        private static void MapData(ulong start, ulong stop)
        {
            if (stop > start) Check(s_table.Map(start, start, stop - start, PageFlags.Read | PageFlags.Write | PageFlags.Global, true), "RAM");
        }

        private static void MapDevice(MmioDevice device)
        {
            if (!device.IsPresent) return;
            ulong start = PageSize.AlignDown(device.Base), stop = PageSize.AlignUp(device.Base + device.Size);
            Check(s_table.Map(start, start, stop - start, PageFlags.Read | PageFlags.Write | PageFlags.Global, true), "device registers");
        }

        private static void Check(MapError error, string what)
        {
            if (error == MapError.None) return;
            KernelPanic.Halt(what, " could not be mapped: ", MapErrors.Describe(error));
        }
    }
}
