namespace Rivet.Kernel.Drivers.Plic
{
    /// <summary>A device driver's handler for its PLIC source; runs in interrupt context (no allocation, no blocking).</summary>
    internal interface IInterruptHandler
    {
        void HandleInterrupt(uint source);
    }
}
