using System;
using System.IO;
using Rivet.Drivers.Virtio;
using Rivet.Kernel.Async;
using Rivet.Kernel.Drivers.Plic;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Drivers.Virtio
{
    /// <summary>
    /// A virtio block device (virtio 1.2, 5.2) on a virtio-mmio transport, interrupt-driven and
    /// asynchronous: <see cref="ReadAsync"/> and <see cref="WriteAsync"/> move whole 512-byte
    /// sectors between the disk and a byte array, as requests on request queue 0 that the device
    /// completes with an interrupt (docs/virtio.md).
    ///
    /// Each request is one of <see cref="_slotCount"/> slots, and slot s owns descriptors 4s..4s+3
    /// (header, one or two data segments, status), so a request never searches for descriptors. A
    /// request carries at most one page of data, which spans at most two pages of the caller's
    /// array, hence at most two data segments; larger transfers are split into such requests, up
    /// to <see cref="MaxInFlightPerCall"/> of them at the device at once. A slot is a permit of an
    /// <see cref="AsyncSemaphore"/>: a call waits for one, in arrival order, only while it has no
    /// request in flight, and otherwise takes more only when they are free. So no call waits while
    /// holding slots, and calls cannot starve one another of them.
    /// </summary>
    internal sealed partial class VirtioBlockDevice : IInterruptHandler
    {
        public const int SectorBytes = 512;
        private const uint RequestQueue = 0;
        /// <summary>Descriptors the driver asks for, at most (the device may offer fewer).</summary>
        private const uint PreferredQueueSize = 128;
        private const int DescriptorsPerSlot = 4;
        private const int MaxRequestBytes = (int)PageSize.Bytes;
        /// <summary>Requests of one call at the device at once (their slots are packed a byte each into a ulong).</summary>
        private const int MaxInFlightPerCall = 8;
        /// <summary>Where the slots' status bytes start in the header frame (after 16-byte headers for every slot).</summary>
        private const int StatusArea = 2048;
        /// <summary>The status byte before the device writes it: no VirtioBlkStatus has this value.</summary>
        private const byte StatusPending = 0xFF;

        private readonly VirtioMmioTransport _transport;
        private readonly SplitVirtqueue _queue;
        private readonly int _slotCount;
        /// <summary>Slot s's request header at 16·s, its status byte at <see cref="StatusArea"/> + s: one zeroed, identity-mapped frame.</summary>
        private readonly unsafe byte* _requestMemory;
        private readonly FutureCompletionSource<byte>[] _completions;
        private readonly AsyncSemaphore _freeSlotPermits;
        private SpinLock _lock;
        /// <summary>Slots not in use, a stack under <see cref="_lock"/>.</summary>
        private readonly int[] _freeSlots;
        private int _freeSlotCount;

        public unsafe VirtioBlockDevice(VirtioMmioTransport transport, SplitVirtqueue queue, ulong capacity, bool readOnly, uint interrupt, ulong requestFrame)
        {
            _transport = transport;
            _queue = queue;
            Capacity = capacity;
            IsReadOnly = readOnly;
            Interrupt = interrupt;
            _requestMemory = (byte*)(nuint)requestFrame;
            _slotCount = (int)(queue.Size / DescriptorsPerSlot);
            _completions = new FutureCompletionSource<byte>[_slotCount];
            _freeSlots = new int[_slotCount];
            for (int slot = 0; slot < _slotCount; slot++)
            {
                _completions[slot] = new FutureCompletionSource<byte>();
                _freeSlots[_freeSlotCount++] = slot;
                LinkSlotDescriptors(slot);
            }
            _freeSlotPermits = new AsyncSemaphore(_slotCount);
        }

        /// <summary>Size of the disk in 512-byte sectors (virtio_blk_config.capacity).</summary>
        public ulong Capacity { get; }
        /// <summary>The device offered VIRTIO_BLK_F_RO: writes are refused.</summary>
        public bool IsReadOnly { get; }
        public uint Interrupt { get; }
        public nuint Base => _transport.Base;
        public uint TransportVersion => _transport.Version;
        /// <summary>How many requests can be in flight at once.</summary>
        public int SlotCount => _slotCount;

        /// <summary>Reads <paramref name="count"/> bytes (whole sectors) from <paramref name="sector"/> on into <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        public Future ReadAsync(ulong sector, byte[] buffer, int offset, int count) => TransferAsync(VirtioBlkRequestType.In, sector, buffer, offset, count);

        /// <summary>Writes <paramref name="count"/> bytes (whole sectors) of <paramref name="buffer"/> from <paramref name="offset"/> on to the disk at <paramref name="sector"/>.</summary>
        public Future WriteAsync(ulong sector, byte[] buffer, int offset, int count) => TransferAsync(VirtioBlkRequestType.Out, sector, buffer, offset, count);

        /// <summary>
        /// The device's interrupt: acknowledge it, then complete every request the device has
        /// returned (4.2.3.4). A request that completes after the acknowledgement raises the
        /// interrupt again; one that completes before it is taken here, so a later call may find
        /// nothing to do.
        /// </summary>
        [InterruptHandler]
        public unsafe void HandleInterrupt(uint source)
        {
            _transport.AcknowledgeInterrupt();
            int* finished = stackalloc int[_slotCount];
            int count = 0;
            using (_lock.Lock())
            {
                while (_queue.TryTakeUsed(out uint head, out _)) finished[count++] = (int)head / DescriptorsPerSlot;
            }
            // Completed outside the lock: the wake takes the executor's lock.
            for (int i = 0; i < count; i++) _completions[finished[i]].TrySetResult(*Status(finished[i]));
        }

        /// <summary>Moves the data a page at a time (see the class comment), several requests at once.</summary>
        private async Future TransferAsync(VirtioBlkRequestType type, ulong sector, byte[] buffer, int offset, int count)
        {
            CheckRequest(type, sector, buffer, offset, count);
            // The call's requests at the device, oldest in the low byte.
            ulong inFlight = 0;
            int inFlightCount = 0;
            byte failure = (byte)VirtioBlkStatus.Ok;
            ulong failedSector = 0;
            while (true)
            {
                while (count > 0 && inFlightCount < MaxInFlightPerCall)
                {
                    if (inFlightCount == 0) await _freeSlotPermits.AcquireAsync();
                    else if (!_freeSlotPermits.TryAcquire()) break;
                    int bytes = count < MaxRequestBytes ? count : MaxRequestBytes;
                    int slot = Submit(type, sector, buffer, offset, bytes);
                    inFlight |= (ulong)slot << (8 * inFlightCount++);
                    sector += (ulong)(bytes / SectorBytes);
                    offset += bytes;
                    count -= bytes;
                }
                if (inFlightCount == 0) break;
                int oldest = (int)(inFlight & 0xFF);
                inFlight >>= 8;
                inFlightCount--;
                // A completion that comes before this await is kept for it (FutureCompletionSource).
                byte status = await _completions[oldest].Future;
                if (status != (byte)VirtioBlkStatus.Ok && failure == (byte)VirtioBlkStatus.Ok)
                {
                    failure = status;
                    failedSector = SectorOf(oldest);
                    count = 0;   // submit nothing more; the requests in flight still finish
                }
                using (_lock.Lock()) _freeSlots[_freeSlotCount++] = oldest;
                _freeSlotPermits.Release();
            }
            if (failure != (byte)VirtioBlkStatus.Ok) throw new IOException(DescribeFailure(type, failure, failedSector));
        }

        /// <summary>Takes a free slot (the caller holds a permit, so there is one), fills and publishes its request, notifies the device, and returns the slot.</summary>
        private unsafe int Submit(VirtioBlkRequestType type, ulong sector, byte[] buffer, int offset, int bytes)
        {
            int slot;
            fixed (byte* data = &buffer[offset])
            {
                using (_lock.Lock())
                {
                    slot = _freeSlots[--_freeSlotCount];
                    VirtioBlkRequestHeader* header = Header(slot);
                    header->Type = type;
                    header->Reserved = 0;
                    header->Sector = sector;
                    *Status(slot) = StatusPending;
                    DescribeData(slot, data, bytes, type == VirtioBlkRequestType.In);
                    _queue.Publish((ushort)(slot * DescriptorsPerSlot));
                }
            }
            _transport.Notify(RequestQueue);
            return slot;
        }

        /// <summary>Points the slot's data descriptors at the physical pages behind <paramref name="data"/> (one segment per page it touches). Lock held.</summary>
        private unsafe void DescribeData(int slot, byte* data, int bytes, bool deviceWrites)
        {
            int first = slot * DescriptorsPerSlot + 1;
            int inFirstPage = (int)(PageSize.Bytes - ((ulong)(nuint)data & (PageSize.Bytes - 1)));
            int firstBytes = bytes < inFirstPage ? bytes : inFirstPage;
            VirtqDescFlags flags = VirtqDescFlags.Next | (deviceWrites ? VirtqDescFlags.Write : VirtqDescFlags.None);
            ref VirtqDesc segment = ref _queue.Descriptor(first);
            segment.Addr = Physical(data);
            segment.Len = (uint)firstBytes;
            segment.Flags = flags;
            if (firstBytes == bytes)
            {
                segment.Next = (ushort)(first + 2);
                return;
            }
            segment.Next = (ushort)(first + 1);
            ref VirtqDesc second = ref _queue.Descriptor(first + 1);
            second.Addr = Physical(data + firstBytes);
            second.Len = (uint)(bytes - firstBytes);
            second.Flags = flags;
            second.Next = (ushort)(first + 2);
        }

        /// <summary>The parts of a slot's chain that never change: the header and status descriptors.</summary>
        private unsafe void LinkSlotDescriptors(int slot)
        {
            int head = slot * DescriptorsPerSlot;
            ref VirtqDesc header = ref _queue.Descriptor(head);
            header.Addr = (ulong)(nuint)Header(slot);
            header.Len = VirtioBlkRequestHeaderLayout.Size;
            header.Flags = VirtqDescFlags.Next;
            header.Next = (ushort)(head + 1);
            ref VirtqDesc status = ref _queue.Descriptor(head + 3);
            status.Addr = (ulong)(nuint)Status(slot);
            status.Len = 1;
            status.Flags = VirtqDescFlags.Write;
        }

        private void CheckRequest(VirtioBlkRequestType type, ulong sector, byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset))
                throw new ArgumentOutOfRangeException(nameof(count), "virtio-blk: offset and count lie outside the buffer");
            if (count == 0 || count % SectorBytes != 0)
                throw new ArgumentException("virtio-blk: the byte count must be a positive multiple of 512", nameof(count));
            ulong sectors = (ulong)(count / SectorBytes);
            if (sector > Capacity || sectors > Capacity - sector)
                throw new ArgumentOutOfRangeException(nameof(sector), "virtio-blk: the request runs past the end of the disk");
            if (type == VirtioBlkRequestType.Out && IsReadOnly) throw new IOException("virtio-blk: the device is read-only");
            // Every page of the range must be mapped before the first request goes out.
            if (!IsMapped(buffer, offset, count)) throw new ArgumentException("virtio-blk: the buffer is not mapped", nameof(buffer));
        }

        private static unsafe bool IsMapped(byte[] buffer, int offset, int count)
        {
            fixed (byte* start = &buffer[offset])
            {
                nuint page = (nuint)start & ~(nuint)(PageSize.Bytes - 1);
                for (; page < (nuint)(start + count); page += (nuint)PageSize.Bytes)
                {
                    if (!KernelAddressSpace.TryTranslate(page, out _)) return false;
                }
            }
            return true;
        }

        /// <summary>The physical address behind <paramref name="address"/>, which <see cref="CheckRequest"/> found mapped.</summary>
        private static unsafe ulong Physical(byte* address)
        {
            KernelAddressSpace.TryTranslate((nuint)address, out ulong physical);
            return physical;
        }

        /// <summary>The sector the request in <paramref name="slot"/> started at (its header stays until the slot is reused).</summary>
        private unsafe ulong SectorOf(int slot) => Header(slot)->Sector;

        /// <summary>Slot <paramref name="slot"/>'s request header, which the device reads.</summary>
        private unsafe VirtioBlkRequestHeader* Header(int slot) => (VirtioBlkRequestHeader*)(_requestMemory + slot * VirtioBlkRequestHeaderLayout.Size);

        /// <summary>Slot <paramref name="slot"/>'s status byte, which the device writes last.</summary>
        private unsafe byte* Status(int slot) => _requestMemory + StatusArea + slot;

        private static string DescribeFailure(VirtioBlkRequestType type, byte status, ulong sector)
        {
            string what = status switch
            {
                (byte)VirtioBlkStatus.IoError => type == VirtioBlkRequestType.In ? "an I/O error reading" : "an I/O error writing",
                (byte)VirtioBlkStatus.Unsupported => "an unsupported request",
                _ => "no valid status",
            };
            return string.Concat("virtio-blk: the device reported ", what, " at sector ", sector.ToString());
        }
    }
}
