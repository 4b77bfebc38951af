using System.Runtime.InteropServices;

namespace Rivet.Kernel.Arch.RiscV
{
    /// <summary>The kernel's own assembly routines (the .S files in this folder), called directly (docs/runtime-abi.md, DllImport("*")).</summary>
    internal static unsafe class AssemblyRoutines
    {
        /// <summary>trap_vector.S: sets the function the trap vector calls (TrapFrame* → TrapFrame*) and points stvec at the vector.</summary>
        [DllImport("*", EntryPoint = "rivet_trap_install")]
        public static extern void InstallTrapHandler(void* handler);

        /// <summary>stack_switch.S: calls function(argument) on the stack whose top is given, then returns on the caller's stack.</summary>
        [DllImport("*", EntryPoint = "rivet_run_on_stack")]
        public static extern void RunOnStack(nuint stackTop, void* function, void* argument);

        /// <summary>stack_switch.S: the kernel's global pointer (gp), for new contexts.</summary>
        [DllImport("*", EntryPoint = "rivet_global_pointer")]
        public static extern nuint GlobalPointer();

        [DllImport("*", EntryPoint = "rivet_image_text_start")]
        public static extern nuint ImageTextStart();

        [DllImport("*", EntryPoint = "rivet_image_rodata_start")]
        public static extern nuint ImageRodataStart();

        [DllImport("*", EntryPoint = "rivet_image_data_start")]
        public static extern nuint ImageDataStart();

        /// <summary>First byte after the kernel image (bss and the platform's boot stacks included).</summary>
        [DllImport("*", EntryPoint = "rivet_image_end")]
        public static extern nuint ImageEnd();

        [DllImport("*", EntryPoint = "rivet_mmio_read8")]
        public static extern byte MmioRead8(nuint address);

        [DllImport("*", EntryPoint = "rivet_mmio_write8")]
        public static extern void MmioWrite8(nuint address, byte value);

        [DllImport("*", EntryPoint = "rivet_mmio_read32")]
        public static extern uint MmioRead32(nuint address);

        [DllImport("*", EntryPoint = "rivet_mmio_write32")]
        public static extern void MmioWrite32(nuint address, uint value);
    }
}
