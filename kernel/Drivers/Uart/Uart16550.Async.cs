using System;
using Rivet.Kernel.Async;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Drivers.Uart
{
    /// <summary>
    /// The UART on the executor (docs/executor.md): <see cref="ReadAsync"/> waits for the receive
    /// interrupt and <see cref="WriteAsync"/> for "transmitter empty" interrupts when the ring is
    /// full. The interrupt completes a <see cref="FutureCompletionSource{T}"/> that the waiting side
    /// armed under the driver's lock. Each direction admits one async caller at a time, in arrival
    /// order (an <see cref="AsyncMutex"/>).
    /// </summary>
    internal sealed partial class Uart16550
    {
        /// <summary>Completed by the interrupt when bytes arrive while <see cref="_readerWaiting"/>; the flag is under <see cref="_lock"/>.</summary>
        private readonly FutureCompletionSource<bool> _received = new();
        private bool _readerWaiting;
        /// <summary>Completed by the interrupt when the ring has room again while <see cref="_writerWaiting"/>.</summary>
        private readonly FutureCompletionSource<bool> _transmitRoom = new();
        private bool _writerWaiting;
        private readonly AsyncMutex _asyncReaders = new(), _asyncWriters = new();
        private long _writerWaits;

        /// <summary>
        /// Waits until at least one byte has been received, then moves up to <paramref name="count"/>
        /// of them into <paramref name="buffer"/> and returns how many. Concurrent readers are served in arrival order.
        /// </summary>
        public async Future<int> ReadAsync(byte[] buffer, int offset, int count)
        {
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset) || count == 0) throw new ArgumentOutOfRangeException(nameof(count));
            using (await _asyncReaders.LockAsync())
            {
                while (true)
                {
                    Future<bool> arrival;
                    using (_lock.Lock())
                    {
                        int taken = 0;
                        while (taken < count && _receiveHead != _receiveTail)
                        {
                            buffer[offset + taken++] = _receive[_receiveHead];
                            _receiveHead = (_receiveHead + 1) % _receive.Length;
                        }
                        if (taken > 0) return taken;
                        arrival = _received.Future;
                        _readerWaiting = true;
                    }
                    await arrival;
                }
            }
        }

        /// <summary>
        /// Queues all of <paramref name="count"/> bytes for transmission; whenever the ring is full it
        /// waits for the transmitter to drain it (interrupt-driven, no polling). Concurrent writers
        /// are served whole and in arrival order (lines written by <see cref="Write"/> meanwhile may
        /// land between two ring-fulls of a long write).
        /// </summary>
        public async Future WriteAsync(byte[] buffer, int offset, int count)
        {
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset)) throw new ArgumentOutOfRangeException(nameof(count));
            using (await _asyncWriters.LockAsync())
            {
                while (count > 0)
                {
                    Future<bool> room = default;
                    bool full;
                    using (_lock.Lock())
                    {
                        while (count > 0 && (_transmitTail + 1) % _transmit.Length != _transmitHead)
                        {
                            _transmit[_transmitTail] = buffer[offset++];
                            _transmitTail = (_transmitTail + 1) % _transmit.Length;
                            count--;
                        }
                        FillFifo();
                        full = count > 0;
                        if (full)
                        {
                            room = _transmitRoom.Future;
                            _writerWaiting = true;
                            _writerWaits++;
                        }
                    }
                    if (full) await room;
                }
            }
        }

        /// <summary>How often <see cref="WriteAsync"/> found the ring full and waited for the transmitter.</summary>
        public long WriterWaits
        {
            get
            {
                using (_lock.Lock()) return _writerWaits;
            }
        }

        /// <summary>Which waiting async caller the interrupt may resume, disarming it. Lock held.</summary>
        private void TakeAsyncWakes(out bool reader, out bool writer)
        {
            reader = _readerWaiting && _receiveHead != _receiveTail;
            if (reader) _readerWaiting = false;
            // Half the ring free before a waiting writer resumes, so it moves a batch, not a byte.
            writer = _writerWaiting && FreeTransmitBytes() >= _transmit.Length / 2;
            if (writer) _writerWaiting = false;
        }

        /// <summary>Completed outside the UART's lock: the wake takes the executor's lock.</summary>
        private void CompleteAsyncWakes(bool reader, bool writer)
        {
            if (reader) _received.TrySetResult(true);
            if (writer) _transmitRoom.TrySetResult(true);
        }

        /// <summary>Free slots in the transmit ring (one slot stays empty to tell full from empty). Lock held.</summary>
        private int FreeTransmitBytes() => (_transmitHead - _transmitTail - 1 + _transmit.Length) % _transmit.Length;
    }
}
