using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Drivers.Plic
{
    /// <summary>
    /// The RISC-V PLIC (RISC-V Platform-Level Interrupt Controller Specification 1.0.0): per-source
    /// priority at 4·source, per-context enable bits at 0x2000 + 0x80·context, per-context threshold
    /// at 0x200000 + 0x1000·context and claim/complete 4 bytes after it. Contexts come from the
    /// device tree (each hart's supervisor context), sources and handlers from drivers.
    /// </summary>
    internal sealed class PlatformLevelInterruptController
    {
        private const nuint PriorityBase = 0x0, EnableBase = 0x2000, EnableStride = 0x80;
        private const nuint ContextBase = 0x200000, ContextStride = 0x1000, ClaimOffset = 4;

        private readonly nuint _base;
        private readonly uint _sourceCount;
        private readonly IInterruptHandler?[] _handlers;

        public PlatformLevelInterruptController(nuint registers, uint sourceCount)
        {
            _base = registers;
            _sourceCount = sourceCount;
            _handlers = new IInterruptHandler?[sourceCount + 1];
        }

        /// <summary>Sets the source's handler and priority (1 = lowest enabled). Done before the source is enabled anywhere.</summary>
        private void Register(uint source, IInterruptHandler handler, uint priority)
        {
            if (source == 0 || source > _sourceCount) KernelPanic.Halt("PLIC: interrupt source outside riscv,ndev");
            _handlers[source] = handler;
            Mmio.Write32(_base + PriorityBase + 4 * (nuint)source, priority);
        }

        /// <summary>A driver's source at the lowest enabled priority, routed to <paramref name="context"/> (to none while it is negative).</summary>
        public void Attach(uint source, IInterruptHandler handler, int context)
        {
            Register(source, handler, 1);
            if (context >= 0) Enable(context, source);
        }

        /// <summary>Routes a source to one context (one hart's supervisor external interrupt).</summary>
        private void Enable(int context, uint source)
        {
            nuint word = _base + EnableBase + EnableStride * (nuint)context + 4 * (nuint)(source / 32);
            Mmio.Write32(word, Mmio.Read32(word) | (1u << (int)(source % 32)));
        }

        /// <summary>Lets every priority above <paramref name="threshold"/> through to the context.</summary>
        public void SetThreshold(int context, uint threshold) =>
            Mmio.Write32(_base + ContextBase + ContextStride * (nuint)context, threshold);

        /// <summary>The supervisor external interrupt (scause 9): claim, handle and complete until nothing is pending.</summary>
        [InterruptHandler]
        public void Dispatch(int context)
        {
            nuint claim = _base + ContextBase + ContextStride * (nuint)context + ClaimOffset;
            while (true)
            {
                uint source = Mmio.Read32(claim);
                if (source == 0) return;
                IInterruptHandler? handler = source <= _sourceCount ? _handlers[source] : null;
                if (handler != null) handler.HandleInterrupt(source);
                Mmio.Write32(claim, source);
            }
        }
    }
}
