using System;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Drivers.Plic;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Drivers.Uart
{
    /// <summary>
    /// The NS16550A UART (register map per the TI PC16550D data sheet, one byte apart as QEMU's
    /// virt machine has them): 8N1, FIFOs on, receive and transmit both interrupt-driven.
    /// Transmit: <see cref="Write"/> queues bytes in a ring and enables the "transmitter holding
    /// register empty" interrupt; the interrupt moves up to a FIFO's worth at a time and disables
    /// itself when the ring is empty. Receive: the "data ready" interrupt drains the receiver into a
    /// ring that <see cref="TryRead"/> empties. Both rings are allocated once, at construction.
    /// The async reads and writes on the executor are in Uart16550.Async.cs.
    /// </summary>
    internal sealed partial class Uart16550 : IInterruptHandler
    {
        // Register offsets (DLAB = 0 unless noted).
        private const nuint ReceiveBuffer = 0, TransmitHolding = 0, InterruptEnable = 1, InterruptIdentification = 2, FifoControl = 2;
        private const nuint LineControl = 3, ModemControl = 4, LineStatus = 5, DivisorLow = 0, DivisorHigh = 1;
        private const byte EnableReceivedData = 0x01, EnableTransmitterEmpty = 0x02;
        /// <summary>LSR bit 5: the holding register (FIFO) is empty; bit 6: the shift register is empty too.</summary>
        private const byte LineStatusDataReady = 0x01, LineStatusTransmitterEmpty = 0x20, LineStatusTransmitterIdle = 0x40;
        private const byte DivisorLatchAccess = 0x80, EightDataBitsNoParityOneStop = 0x03;
        private const byte FifoEnableAndClear = 0x07;
        /// <summary>MCR OUT2 gates the interrupt line on PC-compatible 16550 wiring; harmless on QEMU.</summary>
        private const byte ModemControlOut2 = 0x08;
        private const int FifoDepth = 16;
        private const uint BaudRate = 115200;

        private readonly nuint _base;
        private readonly byte[] _transmit = new byte[4096];
        private readonly byte[] _receive = new byte[256];
        private int _transmitHead, _transmitTail, _receiveHead, _receiveTail;
        private SpinLock _lock;
        private byte _interruptEnable;

        public Uart16550(nuint registers) => _base = registers;

        /// <summary>Programs 8N1 at 115200 baud when the input clock is known (divisor = clock / (16 × baud)), FIFOs on, receive interrupt on.</summary>
        public void Initialize(uint clockFrequency)
        {
            Mmio.Write8(_base + InterruptEnable, 0);
            if (clockFrequency != 0)
            {
                uint divisor = clockFrequency / (16 * BaudRate);
                if (divisor == 0) divisor = 1;
                Mmio.Write8(_base + LineControl, DivisorLatchAccess);
                Mmio.Write8(_base + DivisorLow, (byte)divisor);
                Mmio.Write8(_base + DivisorHigh, (byte)(divisor >> 8));
            }
            Mmio.Write8(_base + LineControl, EightDataBitsNoParityOneStop);
            Mmio.Write8(_base + FifoControl, FifoEnableAndClear);
            Mmio.Write8(_base + ModemControl, ModemControlOut2);
            _interruptEnable = EnableReceivedData;
            Mmio.Write8(_base + InterruptEnable, _interruptEnable);
        }

        /// <summary>Queues bytes for transmission. When the ring is full it drains the FIFO by polling, so no byte is ever dropped.</summary>
        public void Write(ReadOnlySpan<byte> bytes)
        {
            using (_lock.Lock())
            {
                for (int i = 0; i < bytes.Length; i++)
                {
                    int next = (_transmitTail + 1) % _transmit.Length;
                    if (next == _transmitHead) TransmitPolled();
                    _transmit[_transmitTail] = bytes[i];
                    _transmitTail = (_transmitTail + 1) % _transmit.Length;
                }
                FillFifo();
            }
        }

        /// <summary>Waits until every queued byte has left the transmitter (before powering off).</summary>
        public void Flush()
        {
            using (_lock.Lock())
            {
                DrainQueue();
                while ((Mmio.Read8(_base + LineStatus) & LineStatusTransmitterIdle) == 0)
                {
                }
            }
        }

        /// <summary>
        /// Bytes straight to the transmitter, waiting on the line status, after whatever was still
        /// queued; for the panic path, which takes no lock (the other harts are being stopped).
        /// </summary>
        public void WritePolled(ReadOnlySpan<byte> bytes)
        {
            DrainQueue();
            for (int i = 0; i < bytes.Length; i++)
            {
                while ((Mmio.Read8(_base + LineStatus) & LineStatusTransmitterEmpty) == 0)
                {
                }
                Mmio.Write8(_base + TransmitHolding, bytes[i]);
            }
        }

        public bool TryRead(out byte value)
        {
            bool any;
            using (_lock.Lock())
            {
                any = _receiveHead != _receiveTail;
                value = any ? _receive[_receiveHead] : (byte)0;
                if (any) _receiveHead = (_receiveHead + 1) % _receive.Length;
            }
            return any;
        }

        /// <summary>The UART's PLIC source fired: drain the receiver, refill the transmitter.</summary>
        [InterruptHandler]
        public void HandleInterrupt(uint source)
        {
            bool wakeReader, wakeWriter;
            using (_lock.Lock())
            {
                // Reading IIR acknowledges a "transmitter empty" interrupt (PC16550D, table 4).
                Mmio.Read8(_base + InterruptIdentification);
                while ((Mmio.Read8(_base + LineStatus) & LineStatusDataReady) != 0)
                {
                    byte value = Mmio.Read8(_base + ReceiveBuffer);
                    int next = (_receiveTail + 1) % _receive.Length;
                    if (next == _receiveHead) continue;   // full: the oldest unread bytes win, the new byte is dropped
                    _receive[_receiveTail] = value;
                    _receiveTail = next;
                }
                FillFifo();
                TakeAsyncWakes(out wakeReader, out wakeWriter);
            }
            CompleteAsyncWakes(wakeReader, wakeWriter);
        }

        /// <summary>Moves up to a FIFO's worth of queued bytes into an empty transmitter; arms or disarms the empty interrupt. Lock held.</summary>
        private void FillFifo()
        {
            if (_transmitHead != _transmitTail && (Mmio.Read8(_base + LineStatus) & LineStatusTransmitterEmpty) != 0)
            {
                for (int i = 0; i < FifoDepth && _transmitHead != _transmitTail; i++)
                {
                    Mmio.Write8(_base + TransmitHolding, _transmit[_transmitHead]);
                    _transmitHead = (_transmitHead + 1) % _transmit.Length;
                }
            }
            // A waiting async writer keeps the interrupt armed even if polling emptied the ring: only the interrupt wakes it.
            bool transmitInterrupt = _transmitHead != _transmitTail || _writerWaiting;
            byte wanted = transmitInterrupt ? (byte)(EnableReceivedData | EnableTransmitterEmpty) : EnableReceivedData;
            if (wanted != _interruptEnable)
            {
                _interruptEnable = wanted;
                Mmio.Write8(_base + InterruptEnable, wanted);
            }
        }

        private void DrainQueue()
        {
            while (_transmitHead != _transmitTail)
            {
                while ((Mmio.Read8(_base + LineStatus) & LineStatusTransmitterEmpty) == 0)
                {
                }
                FillFifo();
            }
        }

        /// <summary>Ring full with the lock held: push bytes out by polling until there is room. Lock held.</summary>
        private void TransmitPolled()
        {
            while ((_transmitTail + 1) % _transmit.Length == _transmitHead)
            {
                while ((Mmio.Read8(_base + LineStatus) & LineStatusTransmitterEmpty) == 0)
                {
                }
                FillFifo();
            }
        }
    }
}
