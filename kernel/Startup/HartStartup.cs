using System.Threading;
using Rivet.Arch.RiscV;
using Rivet.Kernel.Async;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// Bringing each hart from its boot stack to a running kernel hart: guarded stacks and the
    /// HartMeta (prepared by the boot hart), then on the hart itself paging, the trap vector with
    /// sscratch at its boot frame, the tick, PLIC threshold and interrupt enables, the self-test.
    /// The boot hart starts the others and shuts the machine down when all have reported.
    /// </summary>
    internal static unsafe class HartStartup
    {
        private const int MainStackPages = 16;
        private const int TrapStackPages = 4;
        private const int FaultStackPages = 2;
        /// <summary>How long the boot hart waits for every hart to pass its self-test before declaring one lost.</summary>
        private const ulong ReportTimeoutMilliseconds = 10_000;

        private static int s_passed;

        /// <summary>Allocates the hart's stacks and trap frames and creates its HartMeta (runs on the boot hart).</summary>
        public static void Prepare(int index)
        {
            ref PlatformDescription platform = ref Devices.Description;
            ulong framesPage = PhysicalFrames.AllocateZeroed();
            if (framesPage == 0) KernelPanic.Halt("out of frames for trap frames");
            new HartMeta(index, platform.HartId(index), platform.PlicSupervisorContext(index), framesPage, AllocateTrapThreadLocals(),
                KernelAddressSpace.AllocateStack(TrapStackPages, "trap stack", index),
                KernelAddressSpace.AllocateStack(FaultStackPages, "fault stack", index),
                KernelAddressSpace.AllocateStack(MainStackPages, "main stack", index));
        }

        /// <summary>A fresh thread-local block for the hart's trap handlers (<see cref="HartMeta.TrapThreadLocals"/>).</summary>
        private static byte* AllocateTrapThreadLocals()
        {
            int pages = (int)(PageSize.AlignUp(Platform.ThreadLocalBlockBytes()) >> PageSize.Shift);
            ulong block = PhysicalFrames.AllocateZeroed(pages < 1 ? 1 : pages, 1);
            if (block == 0) KernelPanic.Halt("out of frames for a trap thread-local block");
            Platform.InitializeThreadLocals((byte*)(nuint)block);
            return (byte*)(nuint)block;
        }

        /// <summary>Leaves the platform's boot stack (no guard page) for the hart's guarded main stack.</summary>
        public static void RunOnMainStack(int index)
        {
            AssemblyRoutines.RunOnStack(HartMeta.ForIndex(index)!.MainStack.Top, (void*)(delegate*<void*, void>)&HartMain, (void*)(nuint)index);
        }

        /// <summary>Where a started hart enters (rivet_kernel_start_hart), on its boot stack.</summary>
        private static void SecondaryEntry(nuint hartId, void* argument)
        {
            KernelAddressSpace.ActivateOnThisHart();
            RunOnMainStack((int)(nuint)argument);
        }

        private static void HartMain(void* argument)
        {
            HartMeta hart = HartMeta.ForIndex((int)(nuint)argument)!;
            hart.Activate(TrapDispatcher.EntryPoint);
            Ticker.Start(hart);
            if (hart.PlicContext >= 0)
            {
                Devices.Plic!.SetThreshold(hart.PlicContext, 0);
                Sie.SetSeie();
            }
            Sie.SetSsie();
            Interrupts.Enable();
            ReportOnline(hart);

            bool isBootHart = hart.HartId == (uint)Platform.BootHartId();
            if (isBootHart) StartOtherHarts(hart.Index);
            SelfTest.Run(hart);
            Interlocked.Increment(ref s_passed);
            // A hart's boot context is its idle loop from here on: the scheduler runs tasks in
            // its place whenever any are ready, and resumes it when none are.
            if (!isBootHart)
            {
                while (true) Interrupts.WaitForInterrupt();
            }
            ConsoleEcho.RunIfRequested();
            FaultInjection.RunIfRequested();
            WaitForAllHarts();
            // Drivers' async operations run on the executor from here on (docs/executor.md).
            Executor.Start(Devices.Description.HartCount);
            RequestedSuites.RunIfRequested();
            KernelLog.Info("self-test passed on every hart; shutting down");
            Devices.Uart!.Flush();
            Platform.Exit(0);
        }

        private static void StartOtherHarts(int bootIndex)
        {
            ref PlatformDescription platform = ref Devices.Description;
            for (int index = 0; index < platform.HartCount; index++)
            {
                if (index == bootIndex) continue;
                Prepare(index);
                nint error = Platform.StartHart(platform.HartId(index), (void*)(delegate*<nuint, void*, void>)&SecondaryEntry, (void*)(nuint)index);
                if (error != 0) KernelPanic.Halt("a hart listed in the device tree could not be started (SBI hart_start failed)");
            }
        }

        private static void WaitForAllHarts()
        {
            ulong deadline = Clock.Now + Clock.FromMilliseconds(ReportTimeoutMilliseconds);
            while (Volatile.Read(ref s_passed) < Devices.Description.HartCount)
            {
                if (Clock.Now > deadline) KernelPanic.Halt("a hart did not pass its self-test in time");
                Interrupts.WaitForInterrupt();
            }
        }

        private static void ReportOnline(HartMeta hart)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("online: hart id "u8);
            line.AppendDecimal((ulong)hart.HartId);
            line.Append(", index "u8);
            line.AppendDecimal((ulong)hart.Index);
            line.Append(", PLIC context "u8);
            line.AppendDecimal((long)hart.PlicContext);
            line.Append(", trap frame "u8);
            line.AppendHex((nuint)hart.BootFrame);
            KernelLog.Emit(ref line);
        }
    }
}
