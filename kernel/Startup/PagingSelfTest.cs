using Rivet.Arch.RiscV;
using Rivet.Hardware;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// Each hart's check that the page tables enforce what they state (privileged spec 1.12,
    /// 4.3.1 and 4.3.2 for Sv32, 4.4.1 for Sv39). The hart's page of the probe window is mapped in
    /// turn read-only, read-write, read-execute and user, then unmapped; every load, store and
    /// instruction fetch through it must complete, reaching the frame behind it, or raise exactly
    /// the page fault the permissions call for, at the address probed. The kernel image must be
    /// W^X: its text and rodata refuse stores, and RAM refuses instruction fetches. A failure
    /// panics with the check that failed.
    /// </summary>
    internal static unsafe class PagingSelfTest
    {
        /// <summary>Where in the page the byte that loads and stores go to lies (the code to execute is at offset 0).</summary>
        private const int DataOffset = 0x800;

        /// <summary>Runs every check on the calling hart; returns how many accesses were checked.</summary>
        public static int Run(HartMeta hart)
        {
            // With sstatus.SUM set, S-mode may load and store user pages (spec 4.1.1.2): the user-page checks need it clear.
            if (Sstatus.Read().Sum) KernelPanic.Halt("paging self-test: sstatus.SUM is set");
            ulong frame = PhysicalFrames.AllocateZeroed();
            if (frame == 0) KernelPanic.Halt("paging self-test: no frame");
            // RAM is identity-mapped read-write: this is the frame itself.
            byte* physical = (byte*)(nuint)frame;
            ((uint*)physical)[0] = AccessProbe.ReturnAllOnesFirst;
            ((uint*)physical)[1] = AccessProbe.ReturnAllOnesSecond;
            Cpu.FenceI();
            byte pattern = (byte)(0xA0 + hart.Index);
            physical[DataOffset] = pattern;

            nuint page = KernelAddressSpace.ProbePage(hart.Index);
            nuint data = page + DataOffset;
            int checks = 0;

            Map(page, frame, PageFlags.Read);
            ExpectCompletes(AccessProbe.Load(data), "a load from a read-only page faulted", ref checks);
            if (*(byte*)data != pattern) KernelPanic.Halt("paging self-test: a read-only page does not show its frame");
            ExpectFault(AccessProbe.Store(data, 0x55), ExceptionCause.StorePageFault, data, "a store to a read-only page", ref checks);
            if (physical[DataOffset] != pattern) KernelPanic.Halt("paging self-test: a store to a read-only page reached its frame");
            ExpectFault(AccessProbe.Execute(page), ExceptionCause.InstructionPageFault, page, "an instruction fetch from a read-only page", ref checks);
            Unmap(page);

            Map(page, frame, PageFlags.Read | PageFlags.Write);
            ExpectCompletes(AccessProbe.Store(data, (byte)~pattern), "a store to a read-write page faulted", ref checks);
            if (physical[DataOffset] != (byte)~pattern) KernelPanic.Halt("paging self-test: a store to a read-write page did not reach its frame");
            ExpectFault(AccessProbe.Execute(page), ExceptionCause.InstructionPageFault, page, "an instruction fetch from a read-write page", ref checks);
            Unmap(page);

            Map(page, frame, PageFlags.Read | PageFlags.Execute);
            ExpectCompletes(AccessProbe.Execute(page), "running code on a read-execute page faulted", ref checks);
            ExpectCompletes(AccessProbe.Load(data), "a load from a read-execute page faulted", ref checks);
            ExpectFault(AccessProbe.Store(data, pattern), ExceptionCause.StorePageFault, data, "a store to a read-execute page", ref checks);
            Unmap(page);

            // Supervisor mode never runs user pages and, with SUM clear, does not load or store them.
            Map(page, frame, PageFlags.Read | PageFlags.Write | PageFlags.Execute | PageFlags.User);
            ExpectFault(AccessProbe.Load(data), ExceptionCause.LoadPageFault, data, "a load from a user page", ref checks);
            ExpectFault(AccessProbe.Store(data, pattern), ExceptionCause.StorePageFault, data, "a store to a user page", ref checks);
            ExpectFault(AccessProbe.Execute(page), ExceptionCause.InstructionPageFault, page, "an instruction fetch from a user page", ref checks);
            Unmap(page);

            ExpectFault(AccessProbe.Load(data), ExceptionCause.LoadPageFault, data, "a load from an unmapped page", ref checks);
            ExpectFault(AccessProbe.Store(data, pattern), ExceptionCause.StorePageFault, data, "a store to an unmapped page", ref checks);
            ExpectFault(AccessProbe.Execute(page), ExceptionCause.InstructionPageFault, page, "an instruction fetch from an unmapped page", ref checks);

            // The image: each store writes back the byte already there, so a broken mapping corrupts nothing.
            nuint text = AssemblyRoutines.ImageTextStart(), rodata = AssemblyRoutines.ImageRodataStart();
            ExpectFault(AccessProbe.Store(text, *(byte*)text), ExceptionCause.StorePageFault, text, "a store to kernel text", ref checks);
            ExpectFault(AccessProbe.Store(rodata, *(byte*)rodata), ExceptionCause.StorePageFault, rodata, "a store to kernel rodata", ref checks);
            ExpectFault(AccessProbe.Execute((nuint)frame), ExceptionCause.InstructionPageFault, (nuint)frame, "an instruction fetch from RAM", ref checks);

            PhysicalFrames.Free(frame, 1);
            return checks;
        }

        private static void Map(nuint page, ulong frame, PageFlags permissions)
        {
            KernelAddressSpace.Map(page, frame, PageSize.Bytes, permissions | PageFlags.Global, "the probe page");
            Cpu.SfenceVma();
        }

        private static void Unmap(nuint page)
        {
            KernelAddressSpace.Unmap(page, PageSize.Bytes, "the probe page");
            Cpu.SfenceVma();
        }

        private static void ExpectCompletes(ProbeResult result, string failure, ref int checks)
        {
            if (result.Faulted) KernelPanic.Halt("paging self-test: ", failure, "");
            checks++;
        }

        private static void ExpectFault(ProbeResult result, ExceptionCause cause, nuint address, string access, ref int checks)
        {
            if (!result.Is(cause, address)) KernelPanic.Halt("paging self-test: ", access, result.Faulted ? " raised the wrong exception or stval" : " did not fault");
            checks++;
        }
    }
}
