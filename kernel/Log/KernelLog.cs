using System;
using Rivet.Kernel.Drivers.Uart;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Log
{
    /// <summary>
    /// The kernel log: one line per call, prefixed with time since boot and the hart (see
    /// <see cref="LogPrefix"/>), written whole under a spin lock so lines from different harts
    /// never interleave. Until the UART driver runs, lines go to the platform's polled console;
    /// after, into the driver's interrupt-driven transmit queue. Never allocates.
    /// <code>var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]); line.Append("x"u8); KernelLog.Emit(ref line);</code>
    /// </summary>
    internal static unsafe class KernelLog
    {
        public const int LineBytes = 200;

        private static SpinLock s_lock;
        private static Uart16550? s_uart;

        /// <summary>Sends later lines through the interrupt-driven UART driver.</summary>
        public static void UseUart(Uart16550 uart) => s_uart = uart;

        public static LogLine Begin(Span<byte> buffer)
        {
            var line = new LogLine(buffer);
            LogPrefix.Write(ref line, CurrentHart.Id, Clock.Now, Clock.Frequency);
            return line;
        }

        public static void Emit(ref LogLine line) => Emit(line.Finish());

        /// <summary>A finished line (without the prefix <see cref="Begin"/> writes), under the log's lock.</summary>
        public static void Emit(ReadOnlySpan<byte> text)
        {
            using (s_lock.Lock())
            {
                Uart16550? uart = s_uart;
                if (uart != null) uart.Write(text);
                else WriteEarly(text);
            }
        }

        public static void Info(string message)
        {
            var line = Begin(stackalloc byte[LineBytes]);
            line.Append(message);
            Emit(ref line);
        }

        /// <summary>For the panic path: polled output that does not wait for the log lock a crashed hart may hold.</summary>
        public static void EmitUnlocked(ReadOnlySpan<byte> text)
        {
            Uart16550? uart = s_uart;
            if (uart != null) uart.WritePolled(text);
            else WriteEarly(text);
        }

        private static void WriteEarly(ReadOnlySpan<byte> text)
        {
            fixed (byte* bytes = text) Platform.Write(1, bytes, (nuint)text.Length);
        }
    }
}
