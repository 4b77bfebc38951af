using System;
using System.Threading;
using Rivet.Arch.RiscV;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Panic
{
    /// <summary>
    /// Stops the kernel with a report and ends the QEMU run with a failing status (sifive_test).
    /// The first hart to panic reports; the others are asked to stop by an IPI. The report for a
    /// trap names the cause, sepc, stval, the C# method at sepc, the C# methods that called it,
    /// and the hart; a page fault in a stack's guard page is reported as that stack's overflow.
    /// Uses polled output and no locks another hart might hold.
    /// </summary>
    internal static unsafe class KernelPanic
    {
        /// <summary>The exit status of a panic (QEMU exits with it through sifive_test).</summary>
        public const int ExitStatus = 100;

        /// <summary>0 until a hart starts panicking, then that hart's index + 1 (int.MaxValue for a hart still being started).</summary>
        private static int s_panickingHart;

        public static void Halt(string reason) => Halt(reason, "", "");

        public static void Halt(string first, string second, string third)
        {
            Begin();
            EmitReason(first, second, third);
            End();
        }

        /// <summary>A panic whose reason is followed by one indented line of particulars (<paramref name="detail"/>, built with a bare <see cref="LogLine"/>).</summary>
        public static void Halt(string reason, ReadOnlySpan<byte> detail)
        {
            Begin();
            EmitReason(reason, "", "");
            var line = new LogLine(stackalloc byte[KernelLog.LineBytes]);
            line.Append("  "u8);
            line.Append(detail);
            KernelLog.EmitUnlocked(line.Finish());
            End();
        }

        /// <summary>An exception (or unexpected interrupt) taken by kernel code; <paramref name="frame"/> holds its state.</summary>
        public static void FromTrap(TrapFrame* frame, HartMeta hart)
        {
            Begin();
            var cause = new Scause(frame->Scause);
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            if (TrapCauses.IsPageFault(cause) && KernelAddressSpace.FindGuard(frame->Stval, out KernelStack stack))
            {
                line.Append("KERNEL PANIC: stack overflow of the "u8);
                line.Append(stack.Name);
                line.Append(" of hart "u8);
                line.AppendDecimal((ulong)stack.HartIndex);
                line.Append(" (guard page "u8);
                line.AppendHex(stack.GuardPage);
                line.Append(" hit)"u8);
            }
            else
            {
                line.Append("KERNEL PANIC: "u8);
                line.Append(TrapCauses.Describe(cause));
                line.Append(" in kernel code"u8);
            }
            KernelLog.EmitUnlocked(line.Finish());
            WriteRegisters(frame, hart);
            Backtrace.Write(frame->Sepc, frame->S0, frame->Ra);
            End();
        }

        /// <summary>A trap taken while a trap handler ran: the handler itself faulted (or overflowed the trap stack).</summary>
        public static void FromNestedTrap(HartMeta hart)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("trap inside a trap handler; the handler's fault:"u8);
            KernelLog.EmitUnlocked(line.Finish());
            FromTrap(hart.NestedFrame, hart);
        }

        /// <summary>Called on an IPI: if another hart is panicking, stop here for good.</summary>
        public static void StopIfRequested()
        {
            if (Volatile.Read(ref s_panickingHart) == 0) return;
            Interrupts.Disable();
            while (true) Interrupts.WaitForInterrupt();
        }

        private static void Begin()
        {
            Interrupts.Disable();
            int index = CurrentHart.Index;
            int me = index < 0 ? int.MaxValue : index + 1;
            if (Interlocked.CompareExchange(ref s_panickingHart, me, 0) != 0)
            {
                // Another hart is already reporting (or this hart panicked inside its own panic): stay quiet.
                while (true) Interrupts.WaitForInterrupt();
            }
            for (int i = 0; i < Devices.Description.HartCount; i++)
            {
                if (i != index) Platform.SendIpi(Devices.Description.HartId(i));
            }
        }

        private static void EmitReason(string first, string second, string third)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("KERNEL PANIC: "u8);
            line.Append(first);
            line.Append(second);
            line.Append(third);
            KernelLog.EmitUnlocked(line.Finish());
        }

        private static void End()
        {
            Platform.Exit(ExitStatus);
            while (true) Interrupts.WaitForInterrupt();
        }

        private static void WriteRegisters(TrapFrame* frame, HartMeta hart)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("  hart "u8);
            line.AppendDecimal((ulong)hart.HartId);
            line.Append(" scause "u8);
            line.AppendHex(frame->Scause);
            line.Append(" sepc "u8);
            line.AppendHex(frame->Sepc);
            line.Append(" stval "u8);
            line.AppendHex(frame->Stval);
            line.Append(" sp "u8);
            line.AppendHex(frame->Sp);
            line.Append(" ra "u8);
            line.AppendHex(frame->Ra);
            KernelLog.EmitUnlocked(line.Finish());
        }
    }
}
