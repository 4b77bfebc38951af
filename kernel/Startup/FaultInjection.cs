using System;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// Deliberate faults, chosen with the boot argument <c>rivet.test=</c> (QEMU -append, read from
    /// /chosen/bootargs), so tests can check the panic and exhaustion reports end to end:
    /// <c>stack-overflow</c> (runs off the main stack into its guard page), <c>page-fault</c>
    /// (reads an unmapped address), <c>handler-fault</c> (the same read inside the timer interrupt
    /// handler, which lands in the hart's nested trap frame), <c>handler-exception</c> (an exception
    /// thrown in the timer interrupt while the interrupted code waits in a try/catch that would
    /// take it: it must stay the handler's, unhandled, and stop the kernel), <c>heap-exhaustion</c>
    /// (allocates until the heap is empty).
    /// </summary>
    internal static unsafe class FaultInjection
    {
        private static delegate*<int, int> s_recurse = &Recurse;

        public static void RunIfRequested()
        {
            if (BootArguments.Has("rivet.test=stack-overflow"u8))
            {
                KernelLog.Info("fault injection: overflowing the main stack");
                s_recurse(0);
            }
            if (BootArguments.Has("rivet.test=page-fault"u8))
            {
                KernelLog.Info("fault injection: reading an unmapped address");
                ReadUnmapped();
            }
            if (BootArguments.Has("rivet.test=handler-fault"u8))
            {
                KernelLog.Info("fault injection: reading an unmapped address in the timer interrupt");
                Ticker.WakeAt(Clock.Now + Clock.FromMilliseconds(1), new FaultingWaiter());
                while (true) Interrupts.WaitForInterrupt();
            }
            if (BootArguments.Has("rivet.test=handler-exception"u8))
            {
                KernelLog.Info("fault injection: throwing in the timer interrupt while the interrupted code is in a try/catch");
                Ticker.WakeAt(Clock.Now + Clock.FromMilliseconds(1), new ThrowingWaiter());
                try
                {
                    while (true) Interrupts.WaitForInterrupt();
                }
                catch (InvalidOperationException)
                {
                    KernelLog.Info("fault injection: the interrupted code caught the handler's exception");
                }
            }
            if (BootArguments.Has("rivet.test=heap-exhaustion"u8))
            {
                KernelLog.Info("fault injection: allocating until the heap is exhausted");
                // Nothing is ever collected (there is no collector yet), so this runs the heap dry.
                while (true) _ = new byte[1 << 20];
            }
        }

        /// <summary>Recurses through a function pointer (no tail call or loop can replace it), using stack on every level.</summary>
        private static int Recurse(int depth)
        {
            byte* pad = stackalloc byte[256];
            pad[depth & 255] = (byte)depth;
            return s_recurse(depth + 1) + pad[(depth * 7) & 255];
        }

        /// <summary>A timer waiter whose wake-up, run by the timer interrupt, faults.</summary>
        private sealed class FaultingWaiter : ITimerWaiter
        {
            public void Wake(ulong now) => ReadUnmapped();
        }

        /// <summary>A timer waiter whose wake-up, run by the timer interrupt, throws (an exception made beforehand: handlers do not allocate).</summary>
        private sealed class ThrowingWaiter : ITimerWaiter
        {
            private readonly InvalidOperationException _exception = new InvalidOperationException("thrown in the timer interrupt handler");

            public void Wake(ulong now) => throw _exception;
        }

        private static void ReadUnmapped()
        {
            // Page 0 is never mapped: RAM and every virt device lie above it.
            ulong value = *(ulong*)(nuint)8;
            KernelLog.Info(value == 0 ? "unmapped read returned 0" : "unmapped read returned data");
        }
    }
}
