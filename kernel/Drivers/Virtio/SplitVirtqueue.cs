using System.Threading;
using Rivet.Drivers.Virtio;
using Rivet.Hardware;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Drivers.Virtio
{
    /// <summary>
    /// A split virtqueue (virtio 1.2, 2.7) in zeroed, physically contiguous frames, laid out as the
    /// legacy interface requires (2.7.2 "Legacy Interfaces: A Note on Virtqueue Layout"):
    /// descriptor table, available ring, then the used ring at the next 4 KiB boundary. Version-2
    /// transports accept the same layout through separate addresses. The frames are identity-mapped
    /// RAM, so the addresses the device is given are the ones the driver writes through.
    /// Not thread-safe: the driver serialises every call with its own lock.
    /// </summary>
    internal sealed unsafe class SplitVirtqueue
    {
        /// <summary>QueueAlign of the legacy layout: the used ring starts on this boundary.</summary>
        public const uint LegacyAlignment = 4096;

        private readonly uint _size;
        private readonly VirtqDesc* _descriptors;
        private readonly byte* _available;
        private readonly byte* _used;
        /// <summary>The used-ring index up to which completions have been taken (2.7.14).</summary>
        private ushort _lastUsed;

        /// <summary>A queue of <paramref name="size"/> descriptors, a power of two (2.7: "Queue Size ... is always a power of 2").</summary>
        public SplitVirtqueue(uint size)
        {
            if (size == 0 || (size & (size - 1)) != 0 || size > 32768) KernelPanic.Halt("virtqueue: the size must be a power of two up to 32768");
            _size = size;
            ulong availableOffset = (ulong)VirtqDescLayout.Size * size;
            ulong usedOffset = PageSize.AlignUp(availableOffset + (ulong)VirtqAvailLayout.SizeWith((int)size));
            ulong bytes = PageSize.AlignUp(usedOffset + (ulong)VirtqUsedLayout.SizeWith((int)size));
            ulong memory = PhysicalFrames.AllocateZeroed((int)(bytes / PageSize.Bytes), 1);
            if (memory == 0) KernelPanic.Halt("virtqueue: out of frames");
            _descriptors = (VirtqDesc*)(nuint)memory;
            _available = (byte*)(nuint)(memory + availableOffset);
            _used = (byte*)(nuint)(memory + usedOffset);
        }

        public uint Size => _size;
        public ulong DescriptorTable => (ulong)(nuint)_descriptors;
        public ulong AvailableRing => (ulong)(nuint)_available;
        public ulong UsedRing => (ulong)(nuint)_used;

        /// <summary>Descriptor <paramref name="index"/>, for the driver to fill before publishing its chain.</summary>
        public ref VirtqDesc Descriptor(int index) => ref _descriptors[index];

        /// <summary>
        /// Offers the chain starting at <paramref name="head"/> to the device (2.7.13): the ring
        /// entry, then — after a fence, so the device never sees the index before the entry and the
        /// descriptors — the new available index. The caller notifies the device afterwards.
        /// </summary>
        public void Publish(ushort head)
        {
            ushort* index = (ushort*)(_available + VirtqAvailLayout.Idx);
            ushort next = *index;
            ((ushort*)(_available + VirtqAvailLayout.Ring))[next & (_size - 1)] = head;
            Cpu.Fence();
            Volatile.Write(ref *index, (ushort)(next + 1));
            Cpu.Fence();
        }

        /// <summary>Takes the next chain the device has returned, if any (2.7.14): its head descriptor and the bytes the device wrote.</summary>
        public bool TryTakeUsed(out uint head, out uint written)
        {
            ushort deviceIndex = Volatile.Read(ref *(ushort*)(_used + VirtqUsedLayout.Idx));
            if (deviceIndex == _lastUsed)
            {
                head = 0;
                written = 0;
                return false;
            }
            // The ring entry is read only after the index that covers it.
            Cpu.Fence();
            VirtqUsedElem* element = (VirtqUsedElem*)(_used + VirtqUsedLayout.Ring) + (_lastUsed & (_size - 1));
            head = element->Id;
            written = element->Len;
            _lastUsed++;
            return true;
        }
    }
}
