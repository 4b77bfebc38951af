using System;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Log;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// With the boot argument <c>rivet.test=echo</c>, the boot hart reads one line from the
    /// console through the UART's receive interrupt and logs it back, so tests can check
    /// interrupt-driven receive end to end (QEMU's -nographic serial port is the test's stdin).
    /// </summary>
    internal static class ConsoleEcho
    {
        private const int MaxLine = 64;

        public static void RunIfRequested()
        {
            if (!BootArguments.Has("rivet.test=echo"u8)) return;
            KernelLog.Info("console echo: type a line");
            Span<byte> received = stackalloc byte[MaxLine];
            int length = 0;
            while (true)
            {
                if (!Devices.Uart!.TryRead(out byte value))
                {
                    Interrupts.WaitForInterrupt();
                    continue;
                }
                if (value == (byte)'\n' || value == (byte)'\r') break;
                if (length < MaxLine) received[length++] = value;
            }
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("console received: "u8);
            line.Append(received.Slice(0, length));
            KernelLog.Emit(ref line);
        }
    }
}
