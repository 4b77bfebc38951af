namespace Rivet.Kernel.DeviceTree
{
    /// <summary>
    /// Everything the kernel takes from the device tree: memory, harts, timebase and devices.
    /// A plain struct with fixed-capacity tables so that it can be filled before the kernel heap
    /// exists (the heap's size is one of the things it describes). Filled by <see cref="PlatformReader"/>.
    /// </summary>
    public unsafe struct PlatformDescription
    {
        public const int MaxHarts = 32;
        public const int MaxMemoryRegions = 8;
        public const int MaxReservations = 8;
        public const int MaxVirtioDevices = 16;

        /// <summary>Ticks per second of the time CSR (/cpus timebase-frequency).</summary>
        public ulong TimebaseFrequency;
        /// <summary>The hart that booted the system (header boot_cpuid_phys, DT spec 5.2).</summary>
        public uint BootHartId;

        public MmioDevice Uart;
        /// <summary>The UART's input clock in Hz (clock-frequency), for divisor latch programming; 0 if not stated.</summary>
        public uint UartClockFrequency;
        public MmioDevice Plic;
        /// <summary>Number of PLIC interrupt sources (riscv,ndev).</summary>
        public uint PlicSourceCount;
        public MmioDevice Clint;
        /// <summary>QEMU's sifive_test device: writing 0x5555 powers off with success, (code &lt;&lt; 16) | 0x3333 with failure.</summary>
        public MmioDevice TestDevice;

        /// <summary>
        /// Where /chosen bootargs sits in the blob (offset from its start, length without the NUL);
        /// length 0 when absent. QEMU fills it from -append.
        /// </summary>
        public int BootArgumentsOffset;
        public int BootArgumentsLength;

        /// <summary>The bootargs text inside <paramref name="blob"/>, the tree this description was read from.</summary>
        public System.ReadOnlySpan<byte> BootArguments(System.ReadOnlySpan<byte> blob) => blob.Slice(BootArgumentsOffset, BootArgumentsLength);

        public int HartCount;
        public int MemoryRegionCount;
        public int ReservationCount;
        public int VirtioCount;

        private fixed uint _hartIds[MaxHarts];
        private fixed int _plicSupervisorContexts[MaxHarts];
        private fixed ulong _memoryBases[MaxMemoryRegions];
        private fixed ulong _memorySizes[MaxMemoryRegions];
        private fixed ulong _reservationBases[MaxReservations];
        private fixed ulong _reservationSizes[MaxReservations];
        private fixed ulong _virtioBases[MaxVirtioDevices];
        private fixed ulong _virtioSizes[MaxVirtioDevices];
        private fixed uint _virtioInterrupts[MaxVirtioDevices];

        /// <summary>The hart id (mhartid, the cpu node's reg) of the hart with this index, 0 ≤ index &lt; HartCount.</summary>
        public uint HartId(int index) => _hartIds[index];

        /// <summary>The PLIC context that delivers supervisor external interrupts to this hart, or -1 if the PLIC has none.</summary>
        public int PlicSupervisorContext(int index) => _plicSupervisorContexts[index];

        /// <summary>The index of the hart with this id, or -1 if the tree does not list it.</summary>
        public int IndexOfHart(uint hartId)
        {
            for (int i = 0; i < HartCount; i++)
            {
                if (_hartIds[i] == hartId) return i;
            }
            return -1;
        }

        public MemoryRegion Memory(int index) => new MemoryRegion(_memoryBases[index], _memorySizes[index]);

        /// <summary>A range the memory reservation map says must not be used (DT spec 5.3).</summary>
        public MemoryRegion Reservation(int index) => new MemoryRegion(_reservationBases[index], _reservationSizes[index]);

        public MmioDevice Virtio(int index)
        {
            MmioDevice device;
            device.Base = _virtioBases[index];
            device.Size = _virtioSizes[index];
            device.Interrupt = _virtioInterrupts[index];
            return device;
        }

        /// <summary>Sum of all memory region sizes.</summary>
        public ulong TotalMemory
        {
            get
            {
                ulong total = 0;
                for (int i = 0; i < MemoryRegionCount; i++) total += _memorySizes[i];
                return total;
            }
        }

        internal bool AddHart(uint hartId)
        {
            if (HartCount == MaxHarts) return false;
            _hartIds[HartCount] = hartId;
            _plicSupervisorContexts[HartCount] = -1;
            HartCount++;
            return true;
        }

        internal void SetPlicSupervisorContext(int hartIndex, int context) => _plicSupervisorContexts[hartIndex] = context;

        internal bool AddMemory(ulong @base, ulong size)
        {
            if (MemoryRegionCount == MaxMemoryRegions) return false;
            _memoryBases[MemoryRegionCount] = @base;
            _memorySizes[MemoryRegionCount] = size;
            MemoryRegionCount++;
            return true;
        }

        internal bool AddReservation(ulong @base, ulong size)
        {
            if (ReservationCount == MaxReservations) return false;
            _reservationBases[ReservationCount] = @base;
            _reservationSizes[ReservationCount] = size;
            ReservationCount++;
            return true;
        }

        internal bool AddVirtio(MmioDevice device)
        {
            if (VirtioCount == MaxVirtioDevices) return false;
            _virtioBases[VirtioCount] = device.Base;
            _virtioSizes[VirtioCount] = device.Size;
            _virtioInterrupts[VirtioCount] = device.Interrupt;
            VirtioCount++;
            return true;
        }

        internal void SetVirtioInterrupt(int index, uint interrupt) => _virtioInterrupts[index] = interrupt;
    }
}
