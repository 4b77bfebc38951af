using Rivet.Kernel.Drivers.Uart;
using Rivet.Kernel.Log;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Async.SelfTest
{
    /// <summary>
    /// The UART on the executor: a line typed on the console arrives through the receive
    /// interrupt completing a future, and a write longer than the transmit ring waits for
    /// "transmitter empty" interrupts and comes out whole.
    /// </summary>
    internal static class UartChecks
    {
        public const int TransmitLines = 80;
        private static readonly byte[] s_line = new byte[64];

        /// <summary>Prompts and starts reading one line; the caller waits for the future later, so the other checks run while it is pending.</summary>
        public static Future<int> StartLineRead()
        {
            Future<int> read = ReadLine(Devices.Uart!, s_line);
            KernelLog.Info("async: uart: type a line");
            return read;
        }

        public static void FinishLineRead(Future<int> read)
        {
            int length = read.Wait();
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("async: uart receive: ok (\""u8);
            line.Append(new System.ReadOnlySpan<byte>(s_line, 0, length));
            line.Append("\")"u8);
            KernelLog.Emit(ref line);
        }

        private static async Future<int> ReadLine(Uart16550 uart, byte[] text)
        {
            var chunk = new byte[8];
            int length = 0;
            while (true)
            {
                int count = await uart.ReadAsync(chunk, 0, chunk.Length);
                for (int i = 0; i < count; i++)
                {
                    if (chunk[i] == (byte)'\r' || chunk[i] == (byte)'\n') return length;
                    if (length < text.Length) text[length++] = chunk[i];
                }
            }
        }

        /// <summary>Lines "async-tx NN abc…" of 64 bytes each: 80 of them overflow the 4 KiB transmit ring.</summary>
        public static void WriteMoreThanTheRing()
        {
            Uart16550 uart = Devices.Uart!;
            const int LineLength = 64;
            var text = new byte[TransmitLines * LineLength];
            for (int n = 0; n < TransmitLines; n++)
            {
                int at = n * LineLength;
                foreach (byte b in "async-tx "u8) text[at++] = b;
                text[at++] = (byte)('0' + n / 10);
                text[at++] = (byte)('0' + n % 10);
                text[at++] = (byte)' ';
                for (int i = 0; at < (n + 1) * LineLength - 1; i++) text[at++] = (byte)('a' + (n + i) % 26);
                text[at] = (byte)'\n';
            }
            long waitsBefore = uart.WriterWaits;
            uart.WriteAsync(text, 0, text.Length).Wait();
            long waits = uart.WriterWaits - waitsBefore;
            Expect.True(waits > 0, "a write longer than the transmit ring waited for the transmitter");
            Expect.Passed("uart transmit", "", text.Length, " bytes; waited " + waits.ToString() + " times for room");
        }
    }
}
